//! Why a step is cached or runs again, in words a beginner follows (English and Chinese), the
//! image's layer list, and the reordering suggestion shared with DP1001.

use super::context::Context;
use super::keys::{one_line, Content, Step};
use super::{Layer, LayerKind, SimStage, SimStep, Simulation, Status, Suggestion};
use crate::dockerfile::Keyword;
use crate::dockerfile::{Dockerfile, Stage};
use crate::dockerignore::DockerIgnore;
use crate::i18n::Text;
use crate::text;
use std::collections::HashMap;

/// A stage the target does not need.
pub fn skipped() -> Text {
    text!(
        "not built: the target does not need this stage (BuildKit builds only the stages the target depends on)",
        "不会构建：目标阶段不依赖这个阶段（BuildKit 只构建目标所依赖的阶段）"
    )
}

/// `--no-cache-filter` names the stage.
pub fn no_cache(stage: &Stage) -> Text {
    let name = stage
        .name
        .clone()
        .unwrap_or_else(|| stage.index.to_string());
    text!(
        "--no-cache-filter {name}: every step of this stage runs again",
        "--no-cache-filter {name}：这个阶段的所有步骤都会重新执行"
    )
}

/// A `COPY --link` layer reused on top of re-built layers.
pub fn link_reused(from: usize) -> Text {
    text!(
        "--link: this layer does not depend on the layers before it, so it is reused even though line {from} runs again (the steps after it still run again)",
        "--link：这一层不依赖之前的层，所以即使第 {from} 行重新执行，它也会被复用（但它后面的步骤仍会重新执行）"
    )
}

/// A step after a miss in its chain.
pub fn after_miss(from: usize, maybe: bool) -> Text {
    if maybe {
        text!(
            "comes after line {from}, which may run again: if it does, this step runs again too",
            "位于第 {from} 行之后，而第 {from} 行可能重新执行：如果它重新执行，这一步也会重新执行"
        )
    } else {
        text!(
            "comes after line {from}, which runs again: once a step misses the cache, every later step of the stage runs again",
            "位于第 {from} 行之后，而第 {from} 行会重新执行：一旦某一步没有命中缓存，这个阶段之后的所有步骤都会重新执行"
        )
    }
}

/// The step is unchanged but what comes before it is not what the previous build had.
pub fn position_changed() -> Text {
    text!(
        "an instruction before it was added, removed or moved, so the layers it builds on are new",
        "它之前有指令被添加、删除或移动，所以它所基于的层是新的"
    )
}

fn file_list(items: &[(String, &'static str, &'static str)], zh: bool) -> String {
    let shown: Vec<String> = items
        .iter()
        .take(3)
        .map(|(p, en, z)| {
            if zh {
                format!("{p}（{z}）")
            } else {
                format!("{p} ({en})")
            }
        })
        .collect();
    let more = items.len().saturating_sub(3);
    let mut s = shown.join(if zh { "、" } else { ", " });
    if more > 0 {
        s.push_str(&if zh {
            format!(" 等另外 {more} 个文件")
        } else {
            format!(" and {more} more")
        });
    }
    s
}

fn env_label(label: &str) -> Option<&str> {
    label.strip_prefix("env ")
}

/// How many steps of the same kind on each side of a step's place are compared with it to find
/// its previous version.
const NEIGHBOURS: usize = 32;

/// What explaining a step's own change reads: both builds' contexts and the previous build's
/// steps, by parent key and by stage.
pub struct Explainer<'a> {
    /// The current Dockerfile.
    pub model: &'a Dockerfile,
    /// The previous build's context.
    pub prev_ctx: &'a Context,
    /// This build's context.
    pub cur_ctx: &'a Context,
    /// The `.dockerignore`.
    pub ignore: Option<&'a DockerIgnore>,
    /// The previous build's steps by the key of the step before them.
    pub prev_by_parent: HashMap<u64, Vec<&'a Step>>,
    /// The previous build's steps by stage and keyword, in file order.
    pub prev_by_kind: HashMap<(usize, &'static str), Vec<&'a Step>>,
}

impl Explainer<'_> {
    /// Why a step's own key is new: its base image, its files, its definition, another stage's
    /// output or the network. `stage_dirty` says which stages run again.
    pub fn own_change(
        &self,
        step: &Step,
        stage_dirty: &[Option<(Status, usize)>],
    ) -> (Status, Text) {
        let node = &self.model.parsed.nodes[self.model.instructions[step.ins].node];
        let line = node.start_line;
        if step.keyword == "FROM" {
            return (Status::Rebuilt, self.base_image(step));
        }
        if let Some(why) = self.files_changed(step, line, &one_line(&node.original)) {
            return (Status::Rebuilt, why);
        }
        if let Some(why) = self
            .previous_version(step)
            .and_then(|p| definition_change(step, p, line))
        {
            return (Status::Rebuilt, why);
        }
        if let Some(why) = self.upstream(step, stage_dirty) {
            return (Status::Maybe, why);
        }
        (
            Status::Rebuilt,
            text!(
                "line {line} is new or was edited, so no cached layer matches it",
                "第 {line} 行是新加的或被修改过，没有可以匹配的缓存层"
            ),
        )
    }

    /// A FROM step: its tag moved upstream, or the image changed.
    fn base_image(&self, step: &Step) -> Text {
        let image = part(step, "image").unwrap_or("");
        if part(step, "digest").is_some() {
            return text!(
                "the base image \"{image}\" moved upstream: its tag now points at a new image, so the whole stage builds again",
                "基础镜像 \"{image}\" 在上游更新了：标签指向了新的镜像，所以整个阶段都要重新构建"
            );
        }
        let old = self
            .prev_by_parent
            .get(&0)
            .and_then(|v| v.iter().find(|p| p.stage == step.stage))
            .and_then(|p| p.parts.iter().find(|(l, _)| l == "image"))
            .map(|(_, v)| v.clone());
        match old {
            Some(old) if old != image => text!(
                "the base image changed from \"{old}\" to \"{image}\"",
                "基础镜像从 \"{old}\" 变成了 \"{image}\""
            ),
            _ => text!(
                "the FROM line changed, so the whole stage builds again",
                "FROM 这一行变了，所以整个阶段都要重新构建"
            ),
        }
    }

    /// The context files a step reads that were changed, added or removed.
    fn files_changed(&self, step: &Step, line: usize, shown: &str) -> Option<Text> {
        let mut files: Vec<(String, &'static str, &'static str)> = Vec::new();
        for c in &step.contents {
            let Content::Files(sources) = c else { continue };
            let now = self.cur_ctx.select(sources, self.ignore);
            let before = self.prev_ctx.select(sources, self.ignore);
            for (p, v) in &now {
                match before.iter().find(|(q, _)| q == p) {
                    Some((_, w)) if w != v => files.push((p.to_string(), "changed", "已修改")),
                    None => files.push((p.to_string(), "added", "新增")),
                    _ => {}
                }
            }
            for (p, _) in &before {
                if !now.iter().any(|(q, _)| q == p) {
                    files.push((p.to_string(), "removed", "已删除"));
                }
            }
        }
        files.dedup();
        if files.is_empty() {
            return None;
        }
        let (en, zh) = (file_list(&files, false), file_list(&files, true));
        Some(text!(
            "\"{shown}\" (line {line}) reads {en}, so its content is different and it runs again",
            "\"{shown}\"（第 {line} 行）读取的文件有变化：{zh}，所以它会重新执行"
        ))
    }

    /// The previous build's version of this step: the same place in the chain, else the step of
    /// the same stage and keyword that shares the most of its definition, among the
    /// [`NEIGHBOURS`] nearest to its place in the file (so the search stays linear).
    fn previous_version(&self, step: &Step) -> Option<&Step> {
        let same_place = self
            .prev_by_parent
            .get(&step.parent)
            .and_then(|v| {
                v.iter()
                    .find(|p| p.keyword == step.keyword && p.stage == step.stage)
            })
            .copied();
        if same_place.is_some() {
            return same_place;
        }
        let kind = self.prev_by_kind.get(&(step.stage, step.keyword))?;
        let at = kind.partition_point(|p| p.ins < step.ins);
        let window = &kind[at.saturating_sub(NEIGHBOURS)..(at + NEIGHBOURS).min(kind.len())];
        let shared = |p: &Step| step.parts.iter().filter(|x| p.parts.contains(x)).count();
        window
            .iter()
            .max_by_key(|p| (shared(p), std::cmp::Reverse(p.ins)))
            .copied()
    }

    /// Another stage's output that runs again, or a download checked on every build.
    fn upstream(&self, step: &Step, stage_dirty: &[Option<(Status, usize)>]) -> Option<Text> {
        for c in &step.contents {
            match c {
                Content::Stage(s) if stage_dirty.get(*s).copied().flatten().is_some() => {
                    let st = &self.model.stages[*s];
                    let name = st.name.clone().unwrap_or_else(|| s.to_string());
                    return Some(text!(
                        "reads the output of stage \"{name}\", which runs again: this step is cached again only if the files it reads come out byte-identical",
                        "读取阶段 \"{name}\" 的产物，而该阶段会重新执行：只有读到的文件与上次完全相同，这一步才会再次命中缓存"
                    ));
                }
                Content::Remote(url) => {
                    return Some(text!(
                        "downloads {url}, which BuildKit checks again on every build: the step re-runs whenever the remote content changes (pin it with ADD --checksum)",
                        "会下载 {url}，BuildKit 每次构建都会重新检查它：远程内容一变，这一步就会重新执行（可以用 ADD --checksum 固定内容）"
                    ));
                }
                _ => {}
            }
        }
        None
    }
}

/// The value of a step's labelled part.
fn part<'s>(step: &'s Step, label: &str) -> Option<&'s str> {
    step.parts
        .iter()
        .find(|(l, _)| l == label)
        .map(|(_, v)| v.as_str())
}

/// What differs between a step's definition and its previous version, part by part.
fn definition_change(step: &Step, prev: &Step, line: usize) -> Option<Text> {
    let mut what_en = Vec::new();
    let mut what_zh = Vec::new();
    for (label, value) in &step.parts {
        let old = prev.parts.iter().find(|(l, _)| l == label).map(|(_, v)| v);
        if old == Some(value) {
            continue;
        }
        let (en, zh) = part_change(label, old.map(String::as_str), value);
        what_en.push(en);
        what_zh.push(zh);
    }
    for (label, old) in &prev.parts {
        if let Some(name) = env_label(label) {
            if !step.parts.iter().any(|(l, _)| l == label)
                && old.ends_with(super::CHANGED_MARK.trim_start())
            {
                what_en.push(format!(
                    "the build argument {name} changed since the last build"
                ));
                what_zh.push(format!("构建参数 {name} 的值自上次构建以来变了"));
            } else if !step.parts.iter().any(|(l, _)| l == label) {
                what_en.push(format!("{name} (was \"{old}\") is no longer set"));
                what_zh.push(format!("{name}（原来是 \"{old}\"）不再设置"));
            }
        }
    }
    if what_en.is_empty() {
        return None;
    }
    let (en, zh) = (what_en.join("; "), what_zh.join("；"));
    Some(text!("line {line}: {en}", "第 {line} 行：{zh}"))
}

/// One part's change, in English and Chinese.
fn part_change(label: &str, old: Option<&str>, value: &str) -> (String, String) {
    match (env_label(label), old) {
        (Some(name), Some(old)) if old.ends_with(super::CHANGED_MARK.trim_start()) => (
            format!("the build argument {name} changed since the last build (RUN sees every ENV and ARG value)"),
            format!("构建参数 {name} 的值自上次构建以来变了（RUN 会带上所有 ENV 和 ARG 的值）"),
        ),
        (Some(name), Some(old)) => (
            format!("the value of {name} changed from \"{old}\" to \"{value}\" (RUN sees every ENV and ARG value)"),
            format!("{name} 的值从 \"{old}\" 变成了 \"{value}\"（RUN 会带上所有 ENV 和 ARG 的值）"),
        ),
        (Some(name), None) => (
            format!("{name} is now set to \"{value}\" (RUN sees every ENV and ARG value)"),
            format!("现在设置了 {name}=\"{value}\"（RUN 会带上所有 ENV 和 ARG 的值）"),
        ),
        (None, _) if label == "command" => ("the command changed".into(), "命令变了".into()),
        (None, _) if label.starts_with("heredoc") => (
            "the here-document changed".into(),
            "here-document 的内容变了".into(),
        ),
        (None, Some(old)) if old.len() + value.len() < 80 => (
            format!("its {label} changed from \"{old}\" to \"{value}\""),
            format!("它的 {label} 从 \"{old}\" 变成了 \"{value}\""),
        ),
        (None, _) => (format!("its {label} changed"), format!("它的 {label} 变了")),
    }
}

/// The target image's history: the base image, then every instruction of the stages it builds
/// on (filesystem layers and configuration-only entries).
pub fn layers(model: &Dockerfile, target: Option<usize>, stages: &[SimStage]) -> Vec<Layer> {
    let Some(t) = target else {
        return Vec::new();
    };
    let mut chain = model.stage_chain(t);
    chain.reverse();
    let mut out = Vec::new();
    for (k, &s) in chain.iter().enumerate() {
        // The first step of each line (looked up once per instruction).
        let mut by_line: HashMap<usize, &SimStep> = HashMap::new();
        for st in &stages[s].steps {
            by_line.entry(st.line).or_insert(st);
        }
        for &ii in &model.stages[s].instructions {
            let ins = &model.instructions[ii];
            let node = &model.parsed.nodes[ins.node];
            if ins.is(Keyword::From) && k > 0 {
                continue;
            }
            let step = by_line.get(&node.start_line).copied();
            let kind = match (ins.keyword(), step) {
                (Some(Keyword::From), _) => LayerKind::Base,
                (_, Some(_)) => LayerKind::Layer,
                _ => LayerKind::Config,
            };
            out.push(Layer {
                line: node.start_line,
                instruction: one_line(&node.original),
                kind,
                status: step.map(|st| st.status),
            });
        }
    }
    out
}

/// When a dependency install runs again because a broad COPY read a changed file, the reordering
/// that keeps it cached (the same edit DP1001 offers).
pub fn suggestion(src: &str, model: &Dockerfile, report: &Simulation) -> Option<Suggestion> {
    use crate::analysis::cache_order::{late_installs, reorder_fix};
    let status_at = |line: usize| {
        report
            .stages
            .iter()
            .flat_map(|s| &s.steps)
            .find(|st| st.line == line)
    };
    let script_of = |i: &crate::dockerfile::Instruction| {
        crate::dockerfile::run_script::analyze_run(src, &model.parsed.nodes[i.node])
            .map(std::borrow::Cow::Owned)
    };
    for late in late_installs(model, script_of) {
        let copy_node = &model.parsed.nodes[model.instructions[late.copy].node];
        let run_node = &model.parsed.nodes[model.instructions[late.run].node];
        let copy = status_at(copy_node.start_line)?;
        let run = status_at(run_node.start_line)?;
        // The copy itself changed because of its files, and the install follows it.
        if copy.status != Status::Rebuilt
            || copy.cause_line != Some(copy_node.start_line)
            || run.status != Status::Rebuilt
        {
            continue;
        }
        let Some(fix) = reorder_fix(src, model, &late) else {
            continue;
        };
        let (cline, rline) = (copy_node.start_line, run_node.start_line);
        let copy_text = one_line(&copy_node.original);
        let manifests = late.manifests.join(", ");
        let cmd = std::iter::once(late.command.name.as_str())
            .chain(late.command.args.iter().map(String::as_str).take(2))
            .collect::<Vec<_>>()
            .join(" ");
        let message = text!(
            "\"{cmd}\" (line {rline}) re-installs every dependency because \"{copy_text}\" (line {cline}) comes first and any code change misses the cache there. Copy {manifests} first and install, then copy the rest: a code change then re-runs only the last COPY.",
            "\"{cmd}\"（第 {rline} 行）会重新安装全部依赖，因为 \"{copy_text}\"（第 {cline} 行）在它前面，任何代码改动都会让那一步失去缓存。先复制 {manifests} 并安装依赖，再复制其余代码：之后改代码只会让最后的 COPY 重新执行。"
        );
        return Some(Suggestion {
            message,
            reordered: fix.apply(src),
            fix,
        });
    }
    None
}
