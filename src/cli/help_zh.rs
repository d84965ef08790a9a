//! The command line's help in Chinese (`dockplay check --help --lang zh`): the same command tree
//! with every description, heading and default said in Chinese. The English help is the doc
//! comments of the argument structs; [`zh`] holds one Chinese text for each of them, and a test
//! checks that none is missing.

use clap::builder::PossibleValue;
use clap::{Arg, Command};

/// The Chinese help of a command (by its path, `""` for the root, `"check"` for a subcommand) or
/// of one of its arguments (`"check --format"`, by the argument's id).
fn zh(key: &str) -> Option<&'static str> {
    Some(match key {
        "" => "检查 Dockerfile 和 compose 文件；用中文或英文解释它们",
        "check" => "报告 Dockerfile 和 compose 文件中的问题",
        "network" => "显示 compose 项目的网络、各服务可以通过哪些名称访问哪些服务，以及发布了哪些端口",
        "rules" => "列出所有规则代码及其默认级别和中英文文档",
        "cache" => "模拟 BuildKit 的层缓存：一处改动之后，哪些步骤会重新执行",
        "parse" => "解析 Dockerfile，并打印它的语法树",
        "explain" => "用中文或英文解释每一条指令、每一个 compose 键和每一个 docker run 选项",
        "convert" => "把 docker run 命令转换成 compose 文件，或把 compose 文件转换成 docker run 命令",
        "help" => "显示本帮助，或指定子命令的帮助",
        "help --subcommand" => "要显示其帮助的子命令",

        "check --format" | "cache --format" | "explain --format" | "network --format"
        | "rules --format" => "输出格式",
        "check --lang" => "消息的语言",
        "check --kind" | "explain --kind" => "把每个文件都当作这种类型，而不是根据文件名判断",
        "check --build_arg" | "explain --build_arg" => "构建参数，写作 KEY=VALUE（可重复）",
        "check --fail_level" => {
            "存在达到或高于该级别的问题时以退出码 1 退出［默认：配置文件中的 failure-threshold，\
             否则为 warning］"
        }
        "check --config" => {
            "规则配置（.hadolint.yaml，或 dclint 的 .dclintrc）；默认先在每个文件旁边、再在当前目录中\
             查找：compose 文件依次找 .dclintrc[.json|.yaml|.yml]，然后是 .hadolint.yaml 或 \
             .hadolint.yml；Dockerfile 找 .hadolint.yaml 或 .hadolint.yml"
        }
        "check --fix" => "就地应用所有安全的修复（原子写入），然后报告剩下的问题",
        "check --dry_run" => {
            "与 --fix 一起使用：不写入文件，而是以统一 diff 格式打印改动（有文件会被改动时退出码为 1）"
        }
        "check --unsafe_fixes" => "与 --fix 一起使用：同时应用可能改变文件行为的不安全的修复",
        "check --files" => "要检查的文件；`-` 表示读取标准输入（除非 --kind 另有指定，否则按 Dockerfile 读取）",
        "check --project_name" | "network --project_name" | "explain --project_name"
        | "convert --project_name" => "compose 项目名称（默认：顶层的 `name:` 键，否则为所在目录名）",
        "check --env_file" | "network --env_file" | "explain --env_file" | "convert --env_file" => {
            "从这个文件读取变量（默认：第一个 compose 文件旁边的 `.env`）"
        }
        "check --env" | "network --env" | "explain --env" | "convert --env" => {
            "用于插值的变量，写作 KEY=VALUE（可重复；优先于 env 文件）"
        }
        "check --profile" | "network --profile" | "explain --profile" | "convert --profile" => {
            "启用这个 profile（配置组）中的服务（可重复；`*` 表示全部启用）"
        }

        "network --lang" => "文本格式和网络图的语言",
        "network --files" => "compose 文件，按顺序合并，与 `docker compose -f a.yml -f b.yml` 相同",
        "network --format svg" => "网络图的 SVG 文档，语言由 --lang 决定",

        "rules --lang" => "文本格式和 Markdown 格式的语言",
        "rules --codes" => {
            "要显示完整文档的规则，可用代码、名称或 dclint 名称指定（`DL3008`、`JSONArgsRecommended`、\
             `no-version-field`）；不指定时每条规则列一行"
        }
        "rules --format markdown" => "规则参考文档（`docs/rules.md` 即由此生成）",

        "cache --lang" => "原因说明的语言",
        "cache --changed" => "内容改动过的构建上下文文件（可重复）",
        "cache --added" => "上次构建之后新增的构建上下文文件（可重复）",
        "cache --removed" => "上次构建之后删除的构建上下文文件（可重复）",
        "cache --previous" => "上次构建所用的 Dockerfile",
        "cache --context_file" => "构建上下文中的另一个文件（可重复；不提供时根据 COPY/ADD 推断）",
        "cache --dockerignore" => "要使用的 .dockerignore（默认：Dockerfile 旁边的那个）",
        "cache --build_arg" => "本次构建的构建参数，写作 KEY=VALUE（可重复）",
        "cache --previous_build_arg" => {
            "上次构建的构建参数，写作 KEY=VALUE（可重复；默认与本次相同）"
        }
        "cache --changed_build_arg" => "自上次构建以来值发生变化的构建参数（可重复）",
        "cache --base_moved" => "标签已指向新摘要的基础镜像（`*` 表示全部；可重复）",
        "cache --no_cache_filter" => "重新执行这个阶段的每一步（可重复）",
        "cache --target" => "要构建的阶段（默认：最后一个）",
        "cache --file" | "parse --file" => "Dockerfile（`-` 表示标准输入）",

        "parse --dump" => "以 BuildKit 的 AST 转储格式打印",

        "explain --lang" => "解释的语言",
        "explain --files" => {
            "要解释的文件：Dockerfile、compose 文件，或含有 docker run 命令的 shell 文件；`-` 表示\
             读取标准输入（除非 --kind 另有指定，否则按 Dockerfile 读取）"
        }

        "convert --to" => "要生成什么［默认：输入是 compose 文件时生成 docker run 命令，否则生成 compose 文件］",
        "convert --to compose" => "compose 文件",
        "convert --to run" => "docker run 命令",
        "convert --format" => "输出格式：只输出结果（说明写到标准错误），或把两者一起以 JSON 输出",
        "convert --lang" => "说明的语言",
        "convert --file" => "含有 docker run 命令的 shell 文件，或 compose 文件；`-` 表示读取标准输入",
        _ => return None,
    })
}

/// Marks a help text that has no Chinese yet (the test that walks the tree looks for it).
const MISSING: &str = "⟦missing Chinese help⟧";

/// The Chinese text for `key`, or the key after [`MISSING`].
fn text(key: &str) -> String {
    zh(key).map_or_else(|| format!("{MISSING} {key}"), str::to_string)
}

/// The arguments to parse for Chinese help: a request for help (`-h`, `--help`, `help …`, or
/// `--lang zh` right after the program's name) is served whatever `--lang zh` it carries, even
/// where the command has no `--lang` (the root, the `help` subcommand).
pub fn help_request(args: &[String]) -> Vec<String> {
    let helps = args.iter().any(|a| a == "-h" || a == "--help")
        || args
            .get(1)
            .is_some_and(|a| a == "help" || a.starts_with("--lang"));
    if !helps {
        return args.to_vec();
    }
    let mut out = Vec::with_capacity(args.len());
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--lang" if args.get(i + 1).is_some_and(|v| v == "zh") => i += 2,
            "--lang=zh" => i += 1,
            a => {
                out.push(a.to_string());
                i += 1;
            }
        }
    }
    out
}

/// The command tree with its help in Chinese.
pub fn localize(mut cmd: Command) -> Command {
    cmd.build();
    localize_command(cmd, "")
}

fn localize_command(cmd: Command, path: &str) -> Command {
    // The headings are written here (clap would end them with an ASCII colon).
    let mut template = String::from("{about-with-newline}\n用法：{usage}\n");
    if cmd.has_subcommands() {
        template.push_str("\n命令：\n{subcommands}\n");
    }
    if cmd.get_positionals().next().is_some() {
        template.push_str("\n参数：\n{positionals}\n");
    }
    template.push_str("\n选项：\n{options}\n");
    // `help` has a copy of every subcommand, described as the subcommand itself.
    let about = text(path.strip_prefix("help ").unwrap_or(path));
    let mut cmd = cmd.about(about).long_about(None).help_template(template);
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let key = format!("{path} --{id}");
        cmd = cmd.mut_arg(id.as_str(), |a| localize_arg(a, &key));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(name.as_str(), |s| localize_command(s, &sub_path));
    }
    cmd
}

fn localize_arg(arg: Arg, key: &str) -> Arg {
    let id = arg.get_id().as_str();
    let help = match id {
        "help" => "显示帮助".to_string(),
        "version" => "显示版本".to_string(),
        _ => {
            let mut help = text(key);
            let values: Vec<PossibleValue> = arg
                .get_possible_values()
                .into_iter()
                .filter(|v| !v.is_hide_set())
                .collect();
            if !values.is_empty() && arg.get_action().takes_values() {
                let listed: Vec<String> = values
                    .iter()
                    .map(|v| match v.get_help() {
                        Some(_) => format!(
                            "{}（{}）",
                            v.get_name(),
                            text(&format!("{key} {}", v.get_name()))
                        ),
                        None => v.get_name().to_string(),
                    })
                    .collect();
                help.push_str(&format!("［可选值：{}］", listed.join("、")));
            }
            let defaults: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|d| d.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() && arg.get_action().takes_values() {
                help.push_str(&format!("［默认：{}］", defaults.join("、")));
            }
            help
        }
    };
    arg.help(help)
        .long_help(None::<&str>)
        .hide_possible_values(true)
        .hide_default_value(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every command and every argument has its Chinese text, and no English heading, default or
    /// list of values is left in any help page.
    #[test]
    fn every_help_text_is_in_chinese() {
        fn walk(cmd: &mut Command, path: &str, pages: &mut Vec<(String, String)>) {
            pages.push((path.to_string(), cmd.render_help().to_string()));
            for sub in cmd.get_subcommands_mut() {
                let p = format!("{path} {}", sub.get_name()).trim().to_string();
                walk(sub, &p, pages);
            }
        }
        let mut cmd = localize(crate::cli::Cli::command());
        let mut pages = Vec::new();
        walk(&mut cmd, "", &mut pages);
        assert!(pages.len() >= 9, "{} pages", pages.len());
        for (path, page) in &pages {
            for english in [
                MISSING,
                "Usage:",
                "Options:",
                "Arguments:",
                "Commands:",
                "Print ",
                "[default:",
                "possible values",
            ] {
                assert!(
                    !page.contains(english),
                    "`dockplay {path} --help`: {english:?} left in\n{page}"
                );
            }
            for line in page.lines().filter(|l| l.starts_with("  ")) {
                assert!(
                    line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "`dockplay {path} --help`: not in Chinese: {line}"
                );
            }
        }
    }
}
