//! `SHELL ["executable", "parameters"]` (CMD and ENTRYPOINT need no checks of their own).

use super::Input;
use crate::dockerfile::model::instruction::Instr;
use crate::dockerfile::model::scope::Builder;
use crate::dockerfile::syntax::Form;

pub(super) fn shell(b: &mut Builder, input: &mut Input) -> Instr {
    let node = input.node;
    if node.form != Form::Json || node.args.is_empty() {
        b.invalid(
            node.span,
            "SHELL requires the arguments to be in JSON form, for example SHELL [\"/bin/bash\", \"-c\"]",
            "SHELL 的参数必须写成 JSON 数组，例如 SHELL [\"/bin/bash\", \"-c\"]",
        );
    }
    Instr::Shell(input.command())
}
