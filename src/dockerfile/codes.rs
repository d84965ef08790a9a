//! Codes the Dockerfile parser and its semantic model report themselves, with their docs.

use crate::diagnostic::{doc, doc_str, Code, Origin, ReportedBy, Severity};
use crate::i18n::Text;

/// BuildKit rejects the file: the build would fail at parse time.
pub static SYNTAX_ERROR: Code = Code {
    id: "DP0001",
    name: "syntax-error",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "BuildKit's parser rejects the file",
        zh: "BuildKit 的解析器拒绝了这个文件",
    }),
    why: doc(Text {
        en: "The build stops before the first step runs: an unterminated heredoc, a second or invalid parser directive, an over-long line or a file without instructions cannot be parsed.",
        zh: "构建会在第一步执行之前就失败：没有结束行的 heredoc、重复或无效的解析器指令、过长的行，或者文件里没有任何指令，都无法被解析。",
    }),
    fix: doc(Text {
        en: "Fix the place the message points at; for a heredoc, end it with its delimiter alone on a line.",
        zh: "按提示修正所指的位置；heredoc 要用单独成行的结束标记收尾。",
    }),
    bad: doc_str("FROM alpine:3.22\nRUN <<EOF\necho hello\n"),
    good: doc_str("FROM alpine:3.22\nRUN <<EOF\necho hello\nEOF\n"),
    ..Code::BASE
};

/// An instruction keyword BuildKit does not know.
pub static UNKNOWN_INSTRUCTION: Code = Code {
    id: "DP0002",
    name: "unknown-instruction",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "An instruction keyword BuildKit does not know",
        zh: "BuildKit 不认识的指令关键字",
    }),
    why: doc(Text {
        en: "BuildKit refuses the whole Dockerfile when one keyword is unknown, usually a typo such as COPPY or RUNN.",
        zh: "只要有一个关键字无法识别，BuildKit 就会拒绝整个 Dockerfile；这通常是拼写错误，比如 COPPY 或 RUNN。",
    }),
    fix: doc(Text {
        en: "Use one of the 18 instructions (the message suggests the closest one).",
        zh: "改成 18 条指令之一（提示里会给出最接近的那个）。",
    }),
    bad: doc_str("FROM python:3.12-slim\nCOPPY app.py /app/\n"),
    good: doc_str("FROM python:3.12-slim\nCOPY app.py /app/\n"),
    ..Code::BASE
};

/// A flag the instruction does not accept, or a flag with a bad value.
pub static INVALID_FLAG: Code = Code {
    id: "DP0003",
    name: "invalid-flag",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "A flag the instruction does not accept, or a flag with a bad value",
        zh: "指令不支持的参数，或参数的取值无效",
    }),
    why: doc(Text {
        en: "BuildKit checks every --flag before building: an unknown or repeated flag, a missing value, a --mount without a target or a malformed HEALTHCHECK duration fails the build.",
        zh: "BuildKit 在构建前会检查每个 --参数：未知或重复的参数、缺少取值、没有 target 的 --mount、格式错误的 HEALTHCHECK 时长，都会让构建失败。",
    }),
    fix: doc(Text {
        en: "Write the flag as the instruction's reference describes it, for example --mount=type=cache,target=/root/.cache/pip.",
        zh: "按该指令的参考文档书写参数，例如 --mount=type=cache,target=/root/.cache/pip。",
    }),
    bad: doc_str("FROM python:3.12-slim\nRUN --mount=type=cache pip install flask==3.1.0\n"),
    good: doc_str("FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.1.0\n"),
    ..Code::BASE
};

/// An instruction whose arguments BuildKit refuses (wrong count, bad form).
pub static INVALID_INSTRUCTION: Code = Code {
    id: "DP0004",
    name: "invalid-instruction",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "An instruction whose arguments BuildKit refuses",
        zh: "参数不被 BuildKit 接受的指令",
    }),
    why: doc(Text {
        en: "Each instruction has its own grammar: FROM takes an image and an optional AS name, SHELL only a JSON array, COPY a source and a destination, and only ARG may come before the first FROM. A wrong form fails the build.",
        zh: "每条指令都有自己的写法：FROM 只接受一个镜像和可选的 AS 阶段名，SHELL 只接受 JSON 数组，COPY 需要源路径和目标路径，而第一个 FROM 之前只能出现 ARG。写法不对，构建就会失败。",
    }),
    fix: doc(Text {
        en: "Rewrite the instruction in the form the message gives.",
        zh: "按提示中的写法改写这条指令。",
    }),
    bad: doc_str("FROM alpine:3.22\nSHELL /bin/sh -c\n"),
    good: doc_str("FROM alpine:3.22\nSHELL [\"/bin/sh\", \"-c\"]\n"),
    ..Code::BASE
};

/// The file is not valid UTF-8; it was decoded with replacement characters.
pub static INVALID_UTF8: Code = Code {
    id: "DP0005",
    name: "invalid-utf8",
    severity: Severity::Warning,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "The file is not valid UTF-8",
        zh: "文件不是有效的 UTF-8 编码",
    }),
    why: doc(Text {
        en: "Dockerfiles are read as UTF-8. Bytes in another encoding (often a file saved as GBK or Latin-1) become replacement characters, so paths, labels and echoed text come out wrong.",
        zh: "Dockerfile 按 UTF-8 读取。其他编码的字节（常见于以 GBK 或 Latin-1 保存的文件）会变成替换字符，导致路径、标签和输出的文字出错。",
    }),
    fix: doc(Text {
        en: "Save the file as UTF-8 (without a byte-order mark).",
        zh: "把文件另存为 UTF-8 编码（不带 BOM）。",
    }),
    ..Code::BASE
};

/// A variable substitution BuildKit cannot process.
pub static INVALID_SUBSTITUTION: Code = Code {
    id: "DP0006",
    name: "invalid-substitution",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "A ${…} substitution BuildKit cannot expand",
        zh: "BuildKit 无法展开的 ${…} 变量替换",
    }),
    why: doc(Text {
        en: "BuildKit expands $VAR and ${VAR} in ARG, ENV, FROM, COPY, WORKDIR and other instructions itself. A missing closing brace or a malformed modifier stops the build.",
        zh: "BuildKit 会自己展开 ARG、ENV、FROM、COPY、WORKDIR 等指令中的 $VAR 和 ${VAR}。缺少右花括号或修饰符写错都会让构建停止。",
    }),
    fix: doc(Text {
        en: "Close the brace and use a supported form: ${VAR}, ${VAR:-default}, ${VAR:+alternative}.",
        zh: "补上右花括号，并使用支持的写法：${VAR}、${VAR:-默认值}、${VAR:+替代值}。",
    }),
    bad: doc_str("FROM alpine:3.22\nARG VERSION=1.0\nENV APP_VERSION=${VERSION\n"),
    good: doc_str("FROM alpine:3.22\nARG VERSION=1.0\nENV APP_VERSION=${VERSION}\n"),
    ..Code::BASE
};

/// A stage reference that cannot be resolved (cycle or self reference).
pub static INVALID_STAGE_REFERENCE: Code = Code {
    id: "DP0007",
    name: "invalid-stage-reference",
    severity: Severity::Error,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "A stage copies from itself, or stages copy from each other in a cycle",
        zh: "阶段从自身复制文件，或阶段之间互相复制形成了循环",
    }),
    why: doc(Text {
        en: "A stage can only copy from a stage that can be built first. COPY --from naming its own stage, or stage a copying from b while b copies from a, makes BuildKit stop with a circular dependency.",
        zh: "一个阶段只能从可以先构建完成的阶段复制文件。COPY --from 指向自己所在的阶段，或者阶段 a 从 b 复制、b 又从 a 复制，都会让 BuildKit 报循环依赖并停止。",
    }),
    fix: doc(Text {
        en: "Break the cycle: move what both need into a third stage they both copy from.",
        zh: "打破循环：把两者都需要的内容放进第三个阶段，让它们都从那里复制。",
    }),
    bad: doc_str("FROM alpine:3.22 AS a\nCOPY --from=b /b.txt /b.txt\nFROM alpine:3.22 AS b\nCOPY --from=a /a.txt /a.txt\n"),
    good: doc_str("FROM alpine:3.22 AS a\nRUN echo a > /a.txt\nFROM alpine:3.22 AS b\nCOPY --from=a /a.txt /a.txt\n"),
    ..Code::BASE
};

/// A file whose kind could not be told from its name.
pub static UNKNOWN_FILE_KIND: Code = Code {
    id: "DP0008",
    name: "unknown-file-kind",
    severity: Severity::Error,
    reported_by: ReportedBy::Input,
    summary: doc(Text {
        en: "The file name tells neither a Dockerfile nor a compose file",
        zh: "从文件名看不出是 Dockerfile 还是 compose 文件",
    }),
    why: doc(Text {
        en: "dockplay chooses the parser from the name: Dockerfile, Containerfile, *.Dockerfile and Dockerfile.* are Dockerfiles; compose.yaml, docker-compose*.yml and *.compose.yaml are compose files.",
        zh: "dockplay 根据文件名选择解析方式：Dockerfile、Containerfile、*.Dockerfile 和 Dockerfile.* 是 Dockerfile；compose.yaml、docker-compose*.yml 和 *.compose.yaml 是 compose 文件。",
    }),
    fix: doc(Text {
        en: "Rename the file, or pass --kind dockerfile|compose (the JS API's kind option).",
        zh: "给文件改名，或使用 --kind dockerfile|compose（JS API 中为 kind 选项）。",
    }),
    ..Code::BASE
};

/// A file whose kind was guessed from its content (DP0017).
pub static KIND_FROM_CONTENT: Code = Code {
    id: "DP0017",
    name: "kind-from-content",
    severity: Severity::Info,
    reported_by: ReportedBy::Input,
    summary: doc(Text {
        en: "The file's kind was read from its content, not its name",
        zh: "文件类型是根据内容而不是文件名判断的",
    }),
    why: doc(Text {
        en: "When the name tells neither a Dockerfile nor a compose file (stack.yml, prod.yaml), dockplay looks at the content: a first line that is a parser directive or an instruction makes a Dockerfile, a YAML mapping with a top-level services: (or include:) a compose file, a docker run line a shell file of commands. Docker itself reads the file you point it at with -f, whatever its name.",
        zh: "当文件名既看不出是 Dockerfile 也看不出是 compose 文件时（如 stack.yml、prod.yaml），dockplay 会查看内容：第一行是解析器指令或 Dockerfile 指令的，当作 Dockerfile；顶层有 services:（或 include:）的 YAML 映射，当作 compose 文件；含有 docker run 命令的，当作命令脚本。Docker 本身用 -f 指定的文件，不论叫什么名字都会读取。",
    }),
    fix: doc(Text {
        en: "Nothing to fix; name the file Dockerfile or compose.yaml, or pass --kind, to say which it is.",
        zh: "不需要修改；如果想明确类型，可以命名为 Dockerfile 或 compose.yaml，或使用 --kind。",
    }),
    ..Code::BASE
};

/// An empty line inside a continued instruction (BuildKit's own check).
pub static NO_EMPTY_CONTINUATION: Code = Code {
    id: "NoEmptyContinuation",
    name: "no-empty-continuation",
    severity: Severity::Warning,
    origin: Origin::Buildkit,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "Empty lines inside a continued instruction will become errors",
        zh: "续行指令中的空行将来会被当作错误",
    }),
    why: doc(Text {
        en: "BuildKit skips the empty line today, but it usually means a line was deleted by mistake and the instruction goes on further than intended.",
        zh: "BuildKit 目前会跳过空行，但这通常意味着某行被误删，指令比预想的延续得更远。",
    }),
    fix: doc(Text {
        en: "Delete the empty line, or end the line before it without the escape character.",
        zh: "删除空行，或去掉它前一行末尾的续行符。",
    }),
    bad: doc_str("FROM debian:12\nRUN apt-get update \\\n\n    && apt-get install -y curl\n"),
    good: doc_str("FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n"),
    ..Code::BASE
};

/// A variable expansion that would grow past the work budget.
pub static EXPANSION_TOO_LARGE: Code = Code {
    id: "DP0012",
    name: "expansion-too-large",
    severity: Severity::Warning,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "A variable expands to more than dockplay analyses",
        zh: "变量展开后的内容超出了 dockplay 的分析范围",
    }),
    why: doc(Text {
        en: "An ARG or ENV that refers to itself twice doubles on every line: thirty such lines expand to gigabytes. dockplay stops a word's expansion at 1 MiB and a file's at 16 MiB, keeps the word as written, and analyses the rest; BuildKit would try to build the value.",
        zh: "引用自身两次的 ARG 或 ENV 每一行都会翻倍：三十行这样的定义会展开到好几 GB。dockplay 对单个词的展开限制在 1 MiB、整个文件限制在 16 MiB，超出时保留原样并继续分析其余内容；BuildKit 则会尝试真的去构建这个值。",
    }),
    fix: doc(Text {
        en: "Build the value from its parts once instead of doubling it, or pass it as a build argument.",
        zh: "一次性地由各部分拼出这个值，不要反复翻倍；或者通过构建参数传入。",
    }),
    bad: doc_str("FROM alpine:3.22\nARG A0=0123456789abcdef0123456789abcdef\nARG A1=${A0}${A0}\nARG A2=${A1}${A1}\nARG A3=${A2}${A2}\nARG A4=${A3}${A3}\nARG A5=${A4}${A4}\nARG A6=${A5}${A5}\nARG A7=${A6}${A6}\nARG A8=${A7}${A7}\nARG A9=${A8}${A8}\nARG A10=${A9}${A9}\nARG A11=${A10}${A10}\nARG A12=${A11}${A11}\nARG A13=${A12}${A12}\nARG A14=${A13}${A13}\nARG A15=${A14}${A14}\nARG A16=${A15}${A15}\n"),
    good: doc_str("FROM alpine:3.22\nARG A0=0123456789abcdef0123456789abcdef\nARG A1=${A0}${A0}\n"),
    ..Code::BASE
};

/// More findings than a report lists.
pub static FINDINGS_TRUNCATED: Code = Code {
    id: "DP0013",
    name: "findings-truncated",
    severity: Severity::Info,
    reported_by: ReportedBy::Input,
    summary: doc(Text {
        en: "More findings than a report lists",
        zh: "问题多于报告列出的数量",
    }),
    why: doc(Text {
        en: "A file lists at most 100 findings of one code and 1,000 in all, so the report stays readable and fast (a generated file can have tens of thousands). The summary says how many were left out, from where.",
        zh: "每个文件对同一代码最多列出 100 条、总共最多 1,000 条问题，这样报告既可读又快（生成出来的文件可能有成千上万条）。这条汇总说明从哪里起省略了多少条。",
    }),
    fix: doc(Text {
        en: "Fix the listed findings first; the rest appear as the count drops.",
        zh: "先修正已列出的问题；数量减少后，其余的问题就会显示出来。",
    }),
    bad: doc_str("FROM alpine:3.22\nRUN apk add --no-cache p0 p1 p2 p3 p4 p5 p6 p7 p8 p9 p10 p11 p12 p13 p14 p15 p16 p17 p18 p19 p20 p21 p22 p23 p24 p25 p26 p27 p28 p29 p30 p31 p32 p33 p34 p35 p36 p37 p38 p39 p40 p41 p42 p43 p44 p45 p46 p47 p48 p49 p50 p51 p52 p53 p54 p55 p56 p57 p58 p59 p60 p61 p62 p63 p64 p65 p66 p67 p68 p69 p70 p71 p72 p73 p74 p75 p76 p77 p78 p79 p80 p81 p82 p83 p84 p85 p86 p87 p88 p89 p90 p91 p92 p93 p94 p95 p96 p97 p98 p99 p100\n"),
    good: doc_str("FROM alpine:3.22\nRUN apk add --no-cache p0=1.0-r0 p1 p2\n"),
    ..Code::BASE
};

/// The `.dockerignore`'s wildcard patterns need more matching than the budget.
pub static DOCKERIGNORE_TOO_LARGE: Code = Code {
    id: "DP0014",
    name: "dockerignore-too-large",
    severity: Severity::Warning,
    reported_by: ReportedBy::Input,
    summary: doc(Text {
        en: "The .dockerignore has more wildcard patterns than dockplay applies",
        zh: ".dockerignore 中的通配模式多到 dockplay 无法全部应用",
    }),
    why: doc(Text {
        en: "Every path is checked against the patterns from the last to the first. After 40 million matching steps (tens of thousands of wildcard patterns against thousands of paths) dockplay stops applying the remaining wildcard patterns, so what it says is excluded may be incomplete; literal patterns are always applied.",
        zh: "每个路径都会从最后一个模式往前逐一比对。比对步数超过 4000 万（几万个通配模式对上几千个路径）后，dockplay 不再应用剩下的通配模式，因此它判断的排除结果可能不完整；不含通配符的模式始终会应用。",
    }),
    fix: doc(Text {
        en: "Replace long lists of similar patterns with one wildcard (**/*.log) or a directory (build/).",
        zh: "把一长串相似的模式合并成一个通配模式（**/*.log）或一个目录（build/）。",
    }),
    ..Code::BASE
};

/// A Dockerfile larger than dockplay analyses.
pub static FILE_TOO_LARGE: Code = Code {
    id: "DP0015",
    name: "file-too-large",
    severity: Severity::Error,
    reported_by: ReportedBy::Input,
    summary: doc(Text {
        en: "The Dockerfile is larger than 4 MiB",
        zh: "Dockerfile 大于 4 MiB",
    }),
    why: doc(Text {
        en: "dockplay analyses files up to 4 MiB, so that any input is answered within a second in the browser as on the command line. Real Dockerfiles are a few kilobytes; a larger one is usually generated or not a Dockerfile at all.",
        zh: "dockplay 只分析 4 MiB 以内的文件，这样无论在浏览器还是命令行中，任何输入都能在一秒内得到结果。真实的 Dockerfile 只有几 KB；更大的文件通常是程序生成的，或者根本不是 Dockerfile。",
    }),
    fix: doc(Text {
        en: "Move data out of the Dockerfile (COPY a script or a file instead of writing it inline).",
        zh: "把数据移出 Dockerfile（改为 COPY 一个脚本或文件，而不是把内容直接写在里面）。",
    }),
    ..Code::BASE
};

/// A RUN script too big or too deep to parse.
pub static SCRIPT_NOT_ANALYSED: Code = Code {
    id: "DP0016",
    name: "script-not-analysed",
    severity: Severity::Info,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "A RUN's commands are not analysed: the script is too long or nested too deeply",
        zh: "没有分析某个 RUN 中的命令：脚本太长或嵌套太深",
    }),
    why: doc(Text {
        en: "The rules that read a RUN's commands (package pinning, apt-get hygiene, cd, sudo, …) parse it as a shell script. Scripts nested more than 48 levels deep, longer than 512 KiB, or past 1 MiB of scripts in one file are not parsed, so those rules say nothing about them; the build itself is unaffected.",
        zh: "读取 RUN 命令的规则（固定软件包版本、apt-get 清理、cd、sudo 等）会把它当作 shell 脚本来解析。嵌套超过 48 层、长度超过 512 KiB，或同一文件中累计超过 1 MiB 的脚本不会被解析，这些规则也就不会对它们给出结论；构建本身不受影响。",
    }),
    fix: doc(Text {
        en: "Move a long script into a file (COPY install.sh, then RUN ./install.sh), or flatten the nesting.",
        zh: "把长脚本放进单独的文件（COPY install.sh，再 RUN ./install.sh），或减少嵌套层数。",
    }),
    bad: doc_str("FROM alpine:3.22\nRUN if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then if a; then echo; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi; fi\n"),
    good: doc_str("FROM alpine:3.22\nRUN if a; then echo; fi\n"),
    ..Code::BASE
};
