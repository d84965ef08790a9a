//! Codes reported about `docker run` lines, with their docs.

use crate::diagnostic::{doc, doc_str, Code, Origin, ReportedBy, Severity, Target};
use crate::i18n::Text;

/// A flag `docker run` does not have.
pub static UNKNOWN_FLAG: Code = Code {
    id: "DR0001",
    name: "unknown-run-flag",
    severity: Severity::Error,
    origin: Origin::Dockplay,
    target: Target::DockerRun,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "A flag docker run does not have",
        zh: "docker run 没有这个选项",
    }),
    why: doc(Text {
        en: "The Docker CLI checks every option before it does anything: one misspelt flag (--volumes for --volume, --env-files for --env-file) and the container is not created at all.",
        zh: "Docker CLI 在做任何事之前都会检查每一个选项：只要有一个拼错（把 --volume 写成 --volumes，把 --env-file 写成 --env-files），容器就根本不会被创建。",
    }),
    fix: doc(Text {
        en: "Spell the flag as docker run --help lists it (the message suggests the closest one). Options go before the image: everything after the image is passed to the container's command.",
        zh: "按 docker run --help 列出的写法改正（提示里会给出最接近的选项）。选项要写在镜像名之前：镜像名之后的一切都会传给容器里的命令。",
    }),
    bad: doc_str("docker run -d --publsh 8080:80 nginx:1.27\n"),
    good: doc_str("docker run -d --publish 8080:80 nginx:1.27\n"),
    ..Code::BASE
};

/// A flag that takes a value is the last word of the line.
pub static NEEDS_VALUE: Code = Code {
    id: "DR0002",
    name: "run-flag-needs-value",
    severity: Severity::Error,
    origin: Origin::Dockplay,
    target: Target::DockerRun,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "A flag that takes a value ends the line",
        zh: "需要取值的选项出现在行尾",
    }),
    why: doc(Text {
        en: "Options such as -p, -v, -e and --name read the next word as their value; with nothing after them the Docker CLI stops with \"flag needs an argument\". It usually means a line continuation (\\) is missing or a line was cut when copying.",
        zh: "-p、-v、-e、--name 这类选项会把下一个词当作取值；后面什么都没有时，Docker CLI 会报错 \"flag needs an argument\"。这通常是少了续行符（\\），或者复制时把行截断了。",
    }),
    fix: doc(Text {
        en: "Give the value, and end every line but the last with a backslash.",
        zh: "补上取值，并让除最后一行以外的每一行都以反斜杠结尾。",
    }),
    bad: doc_str("docker run nginx:1.27 && docker run --name\n"),
    good: doc_str("docker run nginx:1.27 && docker run --name web nginx:1.27\n"),
    ..Code::BASE
};

/// `docker run` without an image.
pub static NO_IMAGE: Code = Code {
    id: "DR0003",
    name: "run-without-image",
    severity: Severity::Error,
    origin: Origin::Dockplay,
    target: Target::DockerRun,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "docker run without an image",
        zh: "docker run 没有指定镜像",
    }),
    why: doc(Text {
        en: "docker run [OPTIONS] IMAGE [COMMAND] [ARG...] needs an image after the options; without one the Docker CLI stops with \"requires at least 1 argument\".",
        zh: "docker run [选项] 镜像 [命令] [参数...] 要求在选项之后写镜像；没有镜像时，Docker CLI 会报错 \"requires at least 1 argument\"。",
    }),
    fix: doc(Text {
        en: "Write the image (name:tag) after the last option.",
        zh: "在最后一个选项之后写上镜像（名称:标签）。",
    }),
    bad: doc_str("docker run -d -p 8080:80\n"),
    good: doc_str("docker run -d -p 8080:80 nginx:1.27\n"),
    ..Code::BASE
};

/// The file has no `docker run` line.
pub static NO_RUN_LINE: Code = Code {
    id: "DR0004",
    name: "no-docker-run-line",
    severity: Severity::Info,
    origin: Origin::Dockplay,
    target: Target::DockerRun,
    reported_by: ReportedBy::Parser,
    summary: doc(Text {
        en: "The file has no docker run line",
        zh: "文件中没有 docker run 命令",
    }),
    why: doc(Text {
        en: "dockplay reads docker run, docker container run and docker create lines in shell files; this one has none, so there is nothing to explain or convert.",
        zh: "dockplay 会读取 shell 文件中的 docker run、docker container run 和 docker create 命令；这个文件里一条都没有，所以没有可以解释或转换的内容。",
    }),
    fix: doc(Text {
        en: "Paste the docker run command itself (a leading $ prompt or sudo is fine).",
        zh: "粘贴 docker run 命令本身（前面带 $ 提示符或 sudo 也可以）。",
    }),
    bad: doc_str("docker ps -a\n"),
    good: doc_str("docker run --rm hello-world\n"),
    ..Code::BASE
};
