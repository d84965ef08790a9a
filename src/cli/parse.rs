//! `dockplay parse`: a Dockerfile's syntax tree, as JSON or in BuildKit's AST dump format.

use super::{input, json, print, Failure, Outcome};

/// The arguments of `parse`.
#[derive(clap::Args)]
pub struct Args {
    /// Print BuildKit's AST dump format.
    #[arg(long)]
    dump: bool,
    /// The Dockerfile (`-` for standard input).
    file: String,
}

/// Run `parse`: exit 1, with BuildKit's reason on standard error, when BuildKit's parser would
/// reject the file.
pub fn run(args: Args) -> Outcome {
    let text = input::read_text(&args.file)?;
    let parsed = dockplay::dockerfile::parser::parse_text(&text);
    if args.dump {
        print(&dockplay::dockerfile::dump::dump(&parsed.nodes))?;
    } else {
        print(&json(&parsed.nodes)?)?;
    }
    match parsed.rejection {
        Some(e) => {
            eprintln!("dockplay: {}: {e}", args.file);
            Err(Failure::Findings)
        }
        None => Ok(()),
    }
}
