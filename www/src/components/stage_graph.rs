//! The stages of a multi-stage build as a small graph: one box per stage in columns by depth
//! (a stage sits right of every stage it builds on or copies from), a solid arrow for `FROM
//! stage` and a dashed one for `COPY --from`/`RUN --mount=from=`; stages the target does not
//! need are grey, the target is outlined. Clicking a stage selects its FROM line.

use crate::i18n::{stage_label, t, Ui};
use dockplay::analysis::cache::Status;
use dockplay::i18n::Lang;
use dockplay::report::cache::{CacheReport, StageOut};
use yew::prelude::*;

/// Most stages drawn (more are only listed with their steps).
pub const MAX_STAGES: usize = 40;

// Whole pixels: integers format without pulling float formatting into the wasm.
const W: i32 = 150;
const H: i32 = 42;
const GAP_X: i32 = 46;
const GAP_Y: i32 = 14;
const PAD: i32 = 4;

/// A stage's box: its column and row.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Placed {
    pub col: usize,
    pub row: usize,
}

/// Columns by depth: a stage's column is one more than the deepest earlier stage it reads;
/// rows in file order within a column. References to later stages (an error BuildKit reports)
/// do not move a stage.
pub fn place(stages: &[StageOut]) -> Vec<Placed> {
    let mut col = vec![0usize; stages.len()];
    let mut rows: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(stages.len());
    for (i, st) in stages.iter().enumerate() {
        col[i] = st
            .base_stage
            .iter()
            .chain(&st.copies_from)
            .filter(|&&d| d < i)
            .map(|&d| col[d] + 1)
            .max()
            .unwrap_or(0);
        if rows.len() <= col[i] {
            rows.resize(col[i] + 1, 0);
        }
        out.push(Placed {
            col: col[i],
            row: rows[col[i]],
        });
        rows[col[i]] += 1;
    }
    out
}

fn corner(p: Placed) -> (i32, i32) {
    (
        PAD + p.col as i32 * (W + GAP_X),
        PAD + p.row as i32 * (H + GAP_Y),
    )
}

/// Text cut to `n` characters with an ellipsis.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// One arrow from stage `from` to stage `to`.
fn edge(pos: &[Placed], from: usize, to: usize, copy: bool) -> Html {
    let (x1, y1) = corner(pos[from]);
    let (x2, y2) = corner(pos[to]);
    let (x1, y1, x2, y2) = (x1 + W, y1 + H / 2, x2, y2 + H / 2);
    let mid = (x1 + x2) / 2;
    let d = format!("M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}");
    let class = if copy { "edge copy" } else { "edge from" };
    html! { <path {class} d={d} marker-end="url(#stage-arrow)" /> }
}

fn describe(lang: Lang, stages: &[StageOut], st: &StageOut, target: bool) -> String {
    let name = |i: usize| {
        stages
            .get(i)
            .map(|s| stage_label(lang, s.name.as_deref(), s.index))
    };
    let mut parts = vec![format!(
        "{}: {}",
        stage_label(lang, st.name.as_deref(), st.index),
        st.base
    )];
    if let Some(b) = st.base_stage.and_then(name) {
        parts.push(match lang {
            Lang::En => format!("builds on {b}"),
            Lang::Zh => format!("基于 {b}"),
        });
    }
    let copies: Vec<String> = st.copies_from.iter().filter_map(|&i| name(i)).collect();
    if !copies.is_empty() {
        parts.push(match lang {
            Lang::En => format!("copies from {}", copies.join(", ")),
            Lang::Zh => format!("从 {} 复制", copies.join("、")),
        });
    }
    if target {
        parts.push(t(lang, Ui::TargetStage).into());
    } else if !st.reachable {
        parts.push(t(lang, Ui::StageUnused).into());
    }
    parts.join(if lang == Lang::Zh { "；" } else { "; " })
}

/// The graph of `r`'s stages; `on_pick` gets a clicked stage's FROM line.
pub fn stage_graph(lang: Lang, r: &CacheReport, on_pick: &Callback<usize>) -> Html {
    let stages = &r.stages;
    if stages.len() < 2 || stages.len() > MAX_STAGES {
        return html! {};
    }
    let pos = place(stages);
    let cols = pos.iter().map(|p| p.col).max().unwrap_or(0) + 1;
    let rows = pos.iter().map(|p| p.row).max().unwrap_or(0) + 1;
    let (cols, rows) = (cols as i32, rows as i32);
    let width = 2 * PAD + cols * W + (cols - 1) * GAP_X;
    let height = 2 * PAD + rows * H + (rows - 1) * GAP_Y;
    let edges = stages.iter().enumerate().flat_map(|(i, st)| {
        let from = st.base_stage.filter(|&b| b < i).map(|b| (b, i, false));
        let copies = st
            .copies_from
            .iter()
            .filter(move |&&d| d < i)
            .map(move |&d| (d, i, true));
        from.into_iter().chain(copies)
    });
    html! {
        <div class="stage-graph scroll-x">
            <svg xmlns="http://www.w3.org/2000/svg" role="img" id="stage-graph"
                viewBox={format!("0 0 {width} {height}")} width={width.to_string()} height={height.to_string()}
                aria-label={t(lang, Ui::StagesTitle)}>
                <title>{ t(lang, Ui::StagesTitle) }</title>
                <defs>
                    <marker id="stage-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z" class="arrow-head" />
                    </marker>
                </defs>
                { for edges.map(|(a, b, copy)| edge(&pos, a, b, copy)) }
                { for stages.iter().zip(&pos).map(|(st, &p)| {
                    let (x, y) = corner(p);
                    let target = r.target == Some(st.index);
                    let class = classes!("stage-node", target.then_some("target"), (!st.reachable).then_some("unused"));
                    let label = describe(lang, stages, st, target);
                    let line = st.line;
                    let pick = on_pick.clone();
                    let onclick = { let pick = pick.clone(); Callback::from(move |_: MouseEvent| pick.emit(line)) };
                    let onkeydown = Callback::from(move |e: KeyboardEvent| {
                        if e.key() == "Enter" || e.key() == " " {
                            e.prevent_default();
                            pick.emit(line);
                        }
                    });
                    // The stage's worst status colours its left edge.
                    let status = st.steps.iter().map(|s| s.status).filter(|s| *s != Status::Skipped).max();
                    let bar = match status {
                        Some(Status::Rebuilt) => "rebuilt",
                        Some(Status::Maybe) => "maybe",
                        Some(_) => "cached",
                        None => "skipped",
                    };
                    html! {
                        <g {class} role="button" tabindex="0" aria-label={label.clone()} data-stage={st.index.to_string()}
                            transform={format!("translate({x},{y})")} {onclick} {onkeydown}>
                            <title>{ label }</title>
                            <rect width={W.to_string()} height={H.to_string()} rx="6" />
                            <rect class={classes!("bar", bar)} x="1" y="6" width="4" height={(H - 12).to_string()} rx="2" data-status={bar} />
                            <text x="10" y="17" class="stage-name">{ cut(&stage_label(lang, st.name.as_deref(), st.index), 20) }</text>
                            <text x="10" y="33" class="stage-base">{ cut(&st.base, 20) }</text>
                        </g>
                    }
                }) }
            </svg>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(index: usize, base_stage: Option<usize>, copies_from: Vec<usize>) -> StageOut {
        StageOut {
            name: None,
            index,
            base: "alpine".into(),
            reachable: true,
            line: 1,
            base_stage,
            copies_from,
            steps: Vec::new(),
        }
    }

    #[test]
    fn a_stage_sits_right_of_every_stage_it_reads() {
        let stages = vec![
            stage(0, None, vec![]),
            stage(1, Some(0), vec![]),
            stage(2, None, vec![]),
            stage(3, None, vec![1, 2]),
        ];
        let p = place(&stages);
        assert_eq!((p[0].col, p[1].col, p[2].col, p[3].col), (0, 1, 0, 2));
        assert_eq!(
            (p[0].row, p[2].row),
            (0, 1),
            "two stages of one column stack"
        );
    }

    #[test]
    fn a_reference_to_a_later_stage_does_not_loop() {
        let stages = vec![stage(0, None, vec![1]), stage(1, None, vec![0])];
        let p = place(&stages);
        assert_eq!((p[0].col, p[1].col), (0, 1));
    }
}
