//! Codes the Dockerfile parser and its semantic model report themselves, with their docs.

use crate::diagnostic::{Code, Origin, ReportedBy, Severity};
use crate::i18n::Text;

/// BuildKit rejects the file: the build would fail at parse time.
pub static SYNTAX_ERROR: Code = Code {
    id: "DP0001",
    name: "syntax-error",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: Text {
        en: "BuildKit's parser rejects the file",
        zh: "BuildKit 的解析器拒绝了这个文件",
    },
    why: Text {
        en: "The build stops before the first step runs: an unterminated heredoc, a second or invalid parser directive, an over-long line or a file without instructions cannot be parsed.",
        zh: "构建会在第一步执行之前就失败：没有结束行的 heredoc、重复或无效的解析器指令、过长的行，或者文件里没有任何指令，都无法被解析。",
    },
    fix: Text {
        en: "Fix the place the message points at; for a heredoc, end it with its delimiter alone on a line.",
        zh: "按提示修正所指的位置；heredoc 要用单独成行的结束标记收尾。",
    },
    bad: "FROM alpine:3.22\nRUN <<EOF\necho hello\n",
    good: "FROM alpine:3.22\nRUN <<EOF\necho hello\nEOF\n",
    ..Code::BASE
};

/// An instruction keyword BuildKit does not know.
pub static UNKNOWN_INSTRUCTION: Code = Code {
    id: "DP0002",
    name: "unknown-instruction",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: Text {
        en: "An instruction keyword BuildKit does not know",
        zh: "BuildKit 不认识的指令关键字",
    },
    why: Text {
        en: "BuildKit refuses the whole Dockerfile when one keyword is unknown, usually a typo such as COPPY or RUNN.",
        zh: "只要有一个关键字无法识别，BuildKit 就会拒绝整个 Dockerfile；这通常是拼写错误，比如 COPPY 或 RUNN。",
    },
    fix: Text {
        en: "Use one of the 18 instructions (the message suggests the closest one).",
        zh: "改成 18 条指令之一（提示里会给出最接近的那个）。",
    },
    bad: "FROM python:3.12-slim\nCOPPY app.py /app/\n",
    good: "FROM python:3.12-slim\nCOPY app.py /app/\n",
    ..Code::BASE
};

/// A flag the instruction does not accept, or a flag with a bad value.
pub static INVALID_FLAG: Code = Code {
    id: "DP0003",
    name: "invalid-flag",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: Text {
        en: "A flag the instruction does not accept, or a flag with a bad value",
        zh: "指令不支持的参数，或参数的取值无效",
    },
    why: Text {
        en: "BuildKit checks every --flag before building: an unknown or repeated flag, a missing value, a --mount without a target or a malformed HEALTHCHECK duration fails the build.",
        zh: "BuildKit 在构建前会检查每个 --参数：未知或重复的参数、缺少取值、没有 target 的 --mount、格式错误的 HEALTHCHECK 时长，都会让构建失败。",
    },
    fix: Text {
        en: "Write the flag as the instruction's reference describes it, for example --mount=type=cache,target=/root/.cache/pip.",
        zh: "按该指令的参考文档书写参数，例如 --mount=type=cache,target=/root/.cache/pip。",
    },
    bad: "FROM python:3.12-slim\nRUN --mount=type=cache pip install flask==3.1.0\n",
    good: "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.1.0\n",
    ..Code::BASE
};

/// An instruction whose arguments BuildKit refuses (wrong count, bad form).
pub static INVALID_INSTRUCTION: Code = Code {
    id: "DP0004",
    name: "invalid-instruction",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: Text {
        en: "An instruction whose arguments BuildKit refuses",
        zh: "参数不被 BuildKit 接受的指令",
    },
    why: Text {
        en: "Each instruction has its own grammar: FROM takes an image and an optional AS name, SHELL only a JSON array, COPY a source and a destination, and only ARG may come before the first FROM. A wrong form fails the build.",
        zh: "每条指令都有自己的写法：FROM 只接受一个镜像和可选的 AS 阶段名，SHELL 只接受 JSON 数组，COPY 需要源路径和目标路径，而第一个 FROM 之前只能出现 ARG。写法不对，构建就会失败。",
    },
    fix: Text {
        en: "Rewrite the instruction in the form the message gives.",
        zh: "按提示中的写法改写这条指令。",
    },
    bad: "FROM alpine:3.22\nSHELL /bin/sh -c\n",
    good: "FROM alpine:3.22\nSHELL [\"/bin/sh\", \"-c\"]\n",
    ..Code::BASE
};

/// The file is not valid UTF-8; it was decoded with replacement characters.
pub static INVALID_UTF8: Code = Code {
    id: "DP0005",
    name: "invalid-utf8",
    severity: Severity::Warning,
    reported_by: ReportedBy::Parser,
    summary: Text {
        en: "The file is not valid UTF-8",
        zh: "文件不是有效的 UTF-8 编码",
    },
    why: Text {
        en: "Dockerfiles are read as UTF-8. Bytes in another encoding (often a file saved as GBK or Latin-1) become replacement characters, so paths, labels and echoed text come out wrong.",
        zh: "Dockerfile 按 UTF-8 读取。其他编码的字节（常见于以 GBK 或 Latin-1 保存的文件）会变成替换字符，导致路径、标签和输出的文字出错。",
    },
    fix: Text {
        en: "Save the file as UTF-8 (without a byte-order mark).",
        zh: "把文件另存为 UTF-8 编码（不带 BOM）。",
    },
    ..Code::BASE
};

/// A variable substitution BuildKit cannot process.
pub static INVALID_SUBSTITUTION: Code = Code {
    id: "DP0006",
    name: "invalid-substitution",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: Text {
        en: "A ${…} substitution BuildKit cannot expand",
        zh: "BuildKit 无法展开的 ${…} 变量替换",
    },
    why: Text {
        en: "BuildKit expands $VAR and ${VAR} in ARG, ENV, FROM, COPY, WORKDIR and other instructions itself. A missing closing brace or a malformed modifier stops the build.",
        zh: "BuildKit 会自己展开 ARG、ENV、FROM、COPY、WORKDIR 等指令中的 $VAR 和 ${VAR}。缺少右花括号或修饰符写错都会让构建停止。",
    },
    fix: Text {
        en: "Close the brace and use a supported form: ${VAR}, ${VAR:-default}, ${VAR:+alternative}.",
        zh: "补上右花括号，并使用支持的写法：${VAR}、${VAR:-默认值}、${VAR:+替代值}。",
    },
    bad: "FROM alpine:3.22\nARG VERSION=1.0\nENV APP_VERSION=${VERSION\n",
    good: "FROM alpine:3.22\nARG VERSION=1.0\nENV APP_VERSION=${VERSION}\n",
    ..Code::BASE
};

/// A stage reference that cannot be resolved (cycle or self reference).
pub static INVALID_STAGE_REFERENCE: Code = Code {
    id: "DP0007",
    name: "invalid-stage-reference",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: Text {
        en: "A stage copies from itself, or stages copy from each other in a cycle",
        zh: "阶段从自身复制文件，或阶段之间互相复制形成了循环",
    },
    why: Text {
        en: "A stage can only copy from a stage that can be built first. COPY --from naming its own stage, or stage a copying from b while b copies from a, makes BuildKit stop with a circular dependency.",
        zh: "一个阶段只能从可以先构建完成的阶段复制文件。COPY --from 指向自己所在的阶段，或者阶段 a 从 b 复制、b 又从 a 复制，都会让 BuildKit 报循环依赖并停止。",
    },
    fix: Text {
        en: "Break the cycle: move what both need into a third stage they both copy from.",
        zh: "打破循环：把两者都需要的内容放进第三个阶段，让它们都从那里复制。",
    },
    bad: "FROM alpine:3.22 AS a\nCOPY --from=b /b.txt /b.txt\nFROM alpine:3.22 AS b\nCOPY --from=a /a.txt /a.txt\n",
    good: "FROM alpine:3.22 AS a\nRUN echo a > /a.txt\nFROM alpine:3.22 AS b\nCOPY --from=a /a.txt /a.txt\n",
    ..Code::BASE
};

/// A file whose kind could not be told from its name.
pub static UNKNOWN_FILE_KIND: Code = Code {
    id: "DP0008",
    name: "unknown-file-kind",
    severity: Severity::Error,
    reported_by: ReportedBy::Input,
    summary: Text {
        en: "The file name tells neither a Dockerfile nor a compose file",
        zh: "从文件名看不出是 Dockerfile 还是 compose 文件",
    },
    why: Text {
        en: "dockplay chooses the parser from the name: Dockerfile, Containerfile, *.Dockerfile and Dockerfile.* are Dockerfiles; compose.yaml, docker-compose*.yml and *.compose.yaml are compose files.",
        zh: "dockplay 根据文件名选择解析方式：Dockerfile、Containerfile、*.Dockerfile 和 Dockerfile.* 是 Dockerfile；compose.yaml、docker-compose*.yml 和 *.compose.yaml 是 compose 文件。",
    },
    fix: Text {
        en: "Rename the file, or pass --kind dockerfile|compose (the JS API's kind option).",
        zh: "给文件改名，或使用 --kind dockerfile|compose（JS API 中为 kind 选项）。",
    },
    ..Code::BASE
};

/// An empty line inside a continued instruction (BuildKit's own check).
pub static NO_EMPTY_CONTINUATION: Code = Code {
    id: "NoEmptyContinuation",
    name: "no-empty-continuation",
    severity: Severity::Warning,
    origin: Origin::Buildkit,
    reported_by: ReportedBy::Parser,
    summary: Text {
        en: "Empty lines inside a continued instruction will become errors",
        zh: "续行指令中的空行将来会被当作错误",
    },
    why: Text {
        en: "BuildKit skips the empty line today, but it usually means a line was deleted by mistake and the instruction goes on further than intended.",
        zh: "BuildKit 目前会跳过空行，但这通常意味着某行被误删，指令比预想的延续得更远。",
    },
    fix: Text {
        en: "Delete the empty line, or end the line before it without the escape character.",
        zh: "删除空行，或去掉它前一行末尾的续行符。",
    },
    bad: "FROM debian:12\nRUN apt-get update \\\n\n    && apt-get install -y curl\n",
    good: "FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n",
    ..Code::BASE
};
