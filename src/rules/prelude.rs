//! What a rule file needs, in one import: `use crate::rules::prelude::*;`.

pub(crate) use super::context::Ctx;
pub(crate) use super::{Check, Out, Rule};
pub(crate) use crate::diagnostic::{doc, doc_opt, doc_str, Code, Fix, Origin, Scope, Severity};
pub(crate) use crate::dockerfile::model::{CopyCommand, FromCommand, Instr, KeyValue, RunCommand};
pub(crate) use crate::dockerfile::packages::{Manager, PackageCommand};
pub(crate) use crate::dockerfile::run_script::ShellCommand;
pub(crate) use crate::dockerfile::syntax::Form;
pub(crate) use crate::dockerfile::Keyword;
pub(crate) use crate::i18n::{StaticText, Text};
pub(crate) use crate::text;
