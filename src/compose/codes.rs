//! Codes the compose loader reports (Docker Compose's own errors and warnings), with their docs.

use crate::diagnostic::{doc, doc_str, Code, Origin, ReportedBy, Severity, Target};
use crate::i18n::Text;

/// The file is not valid YAML.
pub static YAML_SYNTAX: Code = Code {
    id: "DC0001",
    name: "yaml-syntax",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "The file is not valid YAML",
        zh: "文件不是有效的 YAML",
    }),
    why: doc(Text {
        en: "Compose parses the whole file before it reads any service, so a single syntax error (an unclosed quote, a tab used for indentation, a key out of line) makes every command fail. dockplay reports the first syntax error the parser meets, and also an alias to an anchor that is not defined.",
        zh: "Compose 会先解析整个文件，然后才读取其中的服务，所以只要有一处语法错误（引号没有闭合、用 Tab 缩进、键没有对齐），所有命令都会失败。dockplay 报告解析器遇到的第一处语法错误，也会报告引用了未定义锚点的别名。",
    }),
    fix: doc(Text {
        en: "Correct the text at the reported position: close the quote or bracket, indent with spaces only, and align the keys of one mapping. Quote values that contain \": \" or \" #\".",
        zh: "按报告的位置修改：补上缺少的引号或括号，只用空格缩进，并让同一映射中的键对齐。值里含有 \": \" 或 \" #\" 时，请给它加上引号。",
    }),
    bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\n"),
    good: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n"),
    ..Code::BASE
};

/// A key appears twice in one mapping; Compose rejects the file.
pub static DUPLICATE_KEY: Code = Code {
    id: "DC0002",
    name: "duplicate-key",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "A key appears twice in one mapping",
        zh: "同一个映射中出现了重复的键",
    }),
    why: doc(Text {
        en: "Compose's YAML parser rejects the whole file with \"mapping key already defined\". Many other YAML tools silently keep the last value, so the mistake often goes unnoticed until Compose refuses the file; dockplay also marks the first occurrence with a note.",
        zh: "Compose 的 YAML 解析器会以 \"mapping key already defined\" 拒绝整个文件。许多其他 YAML 工具会悄悄保留最后一个值，所以这类错误往往要等 Compose 报错才会被发现；dockplay 还会用一条提示标出该键第一次出现的位置。",
    }),
    fix: doc(Text {
        en: "Keep a single key: merge the two entries (for a list such as ports, put all the items under one key) or delete the one you do not want.",
        zh: "只保留一个键：把两处内容合并（像 ports 这样的列表，把所有条目放到同一个键下），或删掉不需要的那一处。",
    }),
    bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n    ports:\n      - \"8443:443\"\n"),
    good: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n      - \"8443:443\"\n"),
    ..Code::BASE
};

/// Nesting, alias expansion or size over the loader's budget.
pub static YAML_LIMIT: Code = Code {
    id: "DC0003",
    name: "yaml-limit",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "Nesting, alias expansion or file size beyond the loader's limits",
        zh: "嵌套层级、别名展开规模或文件大小超出了加载器的限制",
    }),
    why: doc(Text {
        en: "dockplay stops loading a file nested deeper than 128 levels, whose aliases expand to more than 100,000 nodes in total, or that is larger than 4 MiB, and does not expand a ${…} nested more than 64 levels deep, so that a hostile file (such as a \"billion laughs\" alias bomb) cannot exhaust memory. Real compose files stay far below these limits, and Compose's own YAML parser also refuses excessive aliasing.",
        zh: "文件嵌套超过 128 层、别名展开后总计超过 100,000 个节点，或文件大于 4 MiB 时，dockplay 会停止加载；嵌套超过 64 层的 ${…} 不会展开。这样恶意文件（例如 \"billion laughs\" 别名炸弹）就无法耗尽内存。正常的 compose 文件远远达不到这些限制，Compose 自己的 YAML 解析器同样会拒绝过度使用的别名。",
    }),
    fix: doc(Text {
        en: "Remove the deeply nested or repeatedly aliased structure. To share settings, define an anchor on one mapping and reuse it with <<: *name in each service; split a very large file into several files.",
        zh: "删掉嵌套过深或层层套用别名的结构。要复用配置，只需在一个映射上定义锚点，再在各个服务中用 <<: *name 引用；文件过大时，把它拆分成几个文件。",
    }),
    bad: doc_str("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nx-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nservices:\n  web:\n    image: nginx:1.27\n"),
    good: doc_str("services:\n  web:\n    image: nginx:1.27\n"),
    ..Code::BASE
};

/// Unknown key, wrong type or invalid value for the compose specification.
pub static SCHEMA: Code = Code {
    id: "DC0004",
    name: "schema",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "An unknown key, a value of the wrong type, or a value the compose specification does not allow",
        zh: "未知的键、类型错误的值，或 compose 规范不允许的取值",
    }),
    why: doc(Text {
        en: "Compose validates every file against the compose specification's JSON schema when it loads the project. A misspelt key such as enviroment is not ignored: the whole file is rejected with \"additional property ... is not allowed\". dockplay checks the keys at every level that matters and the types and allowed values of the attributes it reads.",
        zh: "Compose 加载项目时，会按 compose 规范的 JSON schema 校验每个文件。拼错的键（例如 enviroment）不会被忽略，整个文件会以 \"additional property ... is not allowed\" 被拒绝。dockplay 会检查各个关键层级上的键，以及它读取的属性的类型和允许的取值。",
    }),
    fix: doc(Text {
        en: "Correct the spelling (the message suggests the closest valid key), give the value the expected type, or choose one of the listed values. Name your own keys with an x- prefix, e.g. x-common.",
        zh: "改正拼写（提示中会给出最接近的有效键），把值改成要求的类型，或从列出的取值中选一个。自定义的键请加 x- 前缀，例如 x-common。",
    }),
    bad: doc_str("services:\n  db:\n    image: postgres:17\n    enviroment:\n      POSTGRES_DB: app\n"),
    good: doc_str("services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_DB: app\n"),
    ..Code::BASE
};

/// A service, network, volume, secret or config that is not defined.
pub static UNDEFINED_REFERENCE: Code = Code {
    id: "DC0005",
    name: "undefined-reference",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "A reference to a service, network, volume, secret or config that is not defined",
        zh: "引用了未定义的服务、网络、数据卷、secret 或 config",
    }),
    why: doc(Text {
        en: "Compose looks up every name a service uses (depends_on, links, volumes_from, network_mode: service:..., extends, networks, named volumes, secrets, configs) and refuses the project when one is not defined. A named volume in particular must be declared under the top-level volumes key; a bind mount needs no declaration.",
        zh: "服务用到的每个名字（depends_on、links、volumes_from、network_mode: service:...、extends、networks、具名数据卷、secrets、configs），Compose 都会逐一查找定义，只要有一个找不到就拒绝整个项目。尤其是具名数据卷，必须在顶层的 volumes 中声明；绑定挂载则不需要声明。",
    }),
    fix: doc(Text {
        en: "Declare the name in the matching top-level section (an empty entry such as db-data: is enough for a volume or a network), or correct it to a name that is defined; the message lists the defined ones.",
        zh: "在对应的顶层部分声明这个名字（数据卷或网络只需写一个空条目，例如 db-data:），或把它改成已定义的名字；提示中会列出已定义的名字。",
    }),
    bad: doc_str("services:\n  db:\n    image: postgres:17\n    volumes:\n      - db-data:/var/lib/postgresql/data\n"),
    good: doc_str("services:\n  db:\n    image: postgres:17\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n"),
    ..Code::BASE
};

/// Services depend on each other in a cycle.
pub static DEPENDENCY_CYCLE: Code = Code {
    id: "DC0006",
    name: "dependency-cycle",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "Services depend on each other in a cycle",
        zh: "服务之间存在循环依赖",
    }),
    why: doc(Text {
        en: "Compose starts services in dependency order, and a cycle has no order, so it refuses the project. Dependencies come from depends_on, links and network_mode: service:...; an extends chain that leads back to itself is reported too.",
        zh: "Compose 按依赖顺序启动服务，而循环依赖排不出顺序，所以 Compose 会拒绝整个项目。依赖来自 depends_on、links 和 network_mode: service:...；extends 绕回自身的情况也会报告。",
    }),
    fix: doc(Text {
        en: "Remove the dependency that closes the loop, usually the one that points back at the service meant to start first. Services that only need to talk to each other need no depends_on: on a shared network they reach each other by service name.",
        zh: "删掉使依赖首尾相接的那一条，通常是指回本应先启动的服务的那条。如果两个服务只是需要互相通信，就不必写 depends_on：它们在同一网络中可以直接用服务名访问对方。",
    }),
    bad: doc_str("services:\n  web:\n    build: .\n    depends_on:\n      - cache\n  cache:\n    image: redis:7.4\n    depends_on:\n      - web\n"),
    good: doc_str("services:\n  web:\n    build: .\n    depends_on:\n      - cache\n  cache:\n    image: redis:7.4\n"),
    ..Code::BASE
};

/// A fixed container_name with more than one replica.
pub static CONTAINER_NAME_REPLICAS: Code = Code {
    id: "DC0007",
    name: "container-name-with-replicas",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "A fixed container_name on a service with more than one replica",
        zh: "服务设置了固定的 container_name，却要运行多个副本",
    }),
    why: doc(Text {
        en: "Container names are unique on a Docker host, so only one replica could have the fixed name. Compose refuses a service that combines container_name with deploy.replicas (or scale) greater than 1.",
        zh: "在同一台 Docker 主机上，容器名必须唯一，固定的名字只能给一个副本使用。服务同时设置 container_name 和大于 1 的 deploy.replicas（或 scale）时，Compose 会拒绝它。",
    }),
    fix: doc(Text {
        en: "Remove container_name and let Compose name the containers <project>-<service>-<n>; other services reach them by the service name anyway. If the fixed name is needed, run a single replica.",
        zh: "删掉 container_name，让 Compose 按 <项目名>-<服务名>-<序号> 命名容器；其他服务本来就通过服务名访问它们。如果确实需要固定的名字，就只运行一个副本。",
    }),
    bad: doc_str("services:\n  web:\n    build: .\n    container_name: web\n    deploy:\n      replicas: 3\n"),
    good: doc_str("services:\n  web:\n    build: .\n    deploy:\n      replicas: 3\n"),
    ..Code::BASE
};

/// network_mode and networks on one service.
pub static NETWORK_MODE_WITH_NETWORKS: Code = Code {
    id: "DC0008",
    name: "network-mode-with-networks",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "network_mode and networks set on the same service",
        zh: "同一个服务同时设置了 network_mode 和 networks",
    }),
    why: doc(Text {
        en: "network_mode fixes the container's network stack outright (host, none, service:... or container:...), so the container cannot also join networks. Compose rejects a service that declares both, as the two are mutually exclusive.",
        zh: "network_mode 会直接决定容器使用的网络栈（host、none、service:... 或 container:...），容器无法再加入其他网络。二者互斥，同时声明时 Compose 会拒绝该服务。",
    }),
    fix: doc(Text {
        en: "Keep one of the two: drop network_mode to attach the service to the listed networks, or drop networks if it really needs the host's or another container's network stack.",
        zh: "二者只留其一：要让服务加入列出的网络，就删掉 network_mode；如果确实需要使用宿主机或其他容器的网络栈，就删掉 networks。",
    }),
    bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n    networks:\n      - front\nnetworks:\n  front:\n"),
    good: doc_str("services:\n  web:\n    image: nginx:1.27\n    networks:\n      - front\nnetworks:\n  front:\n"),
    ..Code::BASE
};

/// A port mapping Compose cannot parse.
pub static INVALID_PORT: Code = Code {
    id: "DC0009",
    name: "invalid-port",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "A port mapping Compose cannot parse",
        zh: "Compose 无法解析的端口映射",
    }),
    why: doc(Text {
        en: "The short syntax is [[HOST_IP:]HOST_PORT:]CONTAINER_PORT[/PROTOCOL], with ports from 0 to 65535, ranges of equal length and tcp, udp or sctp; the long syntax needs a valid target. Compose stops on anything else. A common slip is \"127.0.0.1:8080\": the container port is missing, so the IP address is read as the host port.",
        zh: "短语法的格式是 [[HOST_IP:]HOST_PORT:]CONTAINER_PORT[/PROTOCOL]，端口取值为 0 到 65535，两侧的端口范围长度必须相同，协议只能是 tcp、udp 或 sctp；长语法则需要有效的 target。其他写法都会让 Compose 报错退出。常见的错误是写成 \"127.0.0.1:8080\"：漏掉了容器端口，IP 地址就被当成了宿主机端口。",
    }),
    fix: doc(Text {
        en: "Give all the parts: \"127.0.0.1:8080:80\" publishes container port 80 on port 8080 of the loopback address only. Check ranges and the protocol, or use the long syntax with target, published and host_ip.",
        zh: "把各部分写全：\"127.0.0.1:8080:80\" 表示只在回环地址的 8080 端口上发布容器的 80 端口。同时检查端口范围和协议，或改用带 target、published 和 host_ip 的长语法。",
    }),
    bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"127.0.0.1:8080\"\n"),
    good: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"127.0.0.1:8080:80\"\n"),
    ..Code::BASE
};

/// Two mounts into the same container path.
pub static DUPLICATE_MOUNT: Code = Code {
    id: "DC0010",
    name: "duplicate-mount-target",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "Two mounts into the same container path",
        zh: "两个挂载指向容器内的同一路径",
    }),
    why: doc(Text {
        en: "A container can have only one mount at a path, so Docker refuses to create it (\"Duplicate mount point\") and the service does not start. A trailing slash makes no difference: /data and /data/ are the same target.",
        zh: "容器的同一路径上只能有一个挂载，Docker 会拒绝创建这样的容器（\"Duplicate mount point\"），服务也就无法启动。末尾的斜杠不影响判断：/data 和 /data/ 是同一个目标路径。",
    }),
    fix: doc(Text {
        en: "Mount each source at its own path, e.g. a configuration file at /etc/nginx/nginx.conf rather than over the content directory, or remove the mount you do not need.",
        zh: "让每个来源挂载到各自的路径，例如把配置文件挂载到 /etc/nginx/nginx.conf，而不是内容目录上；或者删掉不需要的那个挂载。",
    }),
    bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - ./nginx.conf:/usr/share/nginx/html:ro\n"),
    good: doc_str("services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n"),
    ..Code::BASE
};

/// A variable used without a default is not set; it becomes empty.
pub static UNSET_VARIABLE: Code = Code {
    id: "DC0011",
    name: "unset-variable",
    severity: Severity::Warning,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "A variable used without a default is not set, so it becomes an empty string",
        zh: "使用的变量没有设置，也没有默认值，会被替换为空字符串",
    }),
    why: doc(Text {
        en: "Compose substitutes an empty string and only prints a warning (\"... variable is not set. Defaulting to a blank string.\"), so the service starts with an empty password, tag or path. dockplay takes variables from the .env file beside the compose file, --env-file and --env, not from the shell environment, and warns once per variable.",
        zh: "Compose 会把它替换为空字符串，只给出一条警告（\"... variable is not set. Defaulting to a blank string.\"），服务就会带着空的密码、标签或路径启动。dockplay 只从 compose 文件旁的 .env、--env-file 和 --env 读取变量，不读取 shell 的环境变量；每个变量只警告一次。",
    }),
    fix: doc(Text {
        en: "Set the variable in .env (DB_PASSWORD=...), give a default with ${DB_PASSWORD:-value}, or make it required with ${DB_PASSWORD:?message} so that Compose stops instead of using an empty value. Write $$ for a literal dollar sign.",
        zh: "在 .env 中设置该变量（DB_PASSWORD=...），或用 ${DB_PASSWORD:-默认值} 给出默认值，或用 ${DB_PASSWORD:?提示信息} 把它设为必需，让 Compose 直接报错而不是使用空值。要写字面的美元符号，请用 $$。",
    }),
    bad: doc_str("services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n"),
    good: doc_str("services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:-devpassword}\n"),
    ..Code::BASE
};

/// A required variable is missing or a ${...} is malformed.
pub static INTERPOLATION: Code = Code {
    id: "DC0012",
    name: "invalid-interpolation",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "A required variable is missing, or a ${...} expression is malformed",
        zh: "必需的变量缺失，或 ${...} 表达式格式错误",
    }),
    why: doc(Text {
        en: "Compose stops before loading the project in both cases. ${VAR:?message} and ${VAR?message} abort with the message when VAR is not set (:? also when it is empty), and a ${...} that Compose does not understand, such as the shell expansions ${VAR:=x} or ${VAR%.*}, is an \"invalid interpolation format\" error.",
        zh: "这两种情况都会让 Compose 在加载项目之前就报错退出。变量 VAR 没有设置时，${VAR:?message} 和 ${VAR?message} 会带着提示信息中止（:? 在变量为空时也会中止）；Compose 不认识的 ${...}，例如 shell 的 ${VAR:=x} 或 ${VAR%.*} 展开，则会报 \"invalid interpolation format\" 错误。",
    }),
    fix: doc(Text {
        en: "Set the required variable (in .env, --env-file or --env). If the ${...} is meant for a shell inside the container, as in a command or a healthcheck test, write $${...} so that Compose passes it through unchanged.",
        zh: "设置必需的变量（写在 .env 中，或通过 --env-file、--env 传入）。如果这个 ${...} 是留给容器内 shell 处理的（例如在 command 或 healthcheck 的 test 中），请写成 $${...}，Compose 会把它原样传下去。",
    }),
    bad: doc_str("services:\n  db:\n    image: postgres:17\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U ${POSTGRES_USER:=postgres}\"]\n      interval: 10s\n"),
    good: doc_str("services:\n  db:\n    image: postgres:17\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U $${POSTGRES_USER:-postgres}\"]\n      interval: 10s\n"),
    ..Code::BASE
};

/// A service with neither image nor build.
pub static NO_IMAGE_OR_BUILD: Code = Code {
    id: "DC0013",
    name: "no-image-or-build",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "A service with neither image nor build",
        zh: "服务既没有 image 也没有 build",
    }),
    why: doc(Text {
        en: "Compose needs an image to create a container, either one to pull (image) or one to build (build); without either it refuses the project (\"has neither an image nor a build context specified\"). A service that extends a service in another file, and a provider service, are not reported.",
        zh: "Compose 创建容器必须有镜像：要么拉取现成的（image），要么自行构建（build）；两者都没有时，Compose 会拒绝整个项目（\"has neither an image nor a build context specified\"）。继承其他文件中服务的服务，以及 provider 服务，不会被报告。",
    }),
    fix: doc(Text {
        en: "Add image: with a pinned tag (e.g. image: nginx:1.27), or build: with the build context that holds the Dockerfile (e.g. build: .).",
        zh: "添加带固定标签的 image:（例如 image: nginx:1.27），或用 build: 指定包含 Dockerfile 的构建上下文（例如 build: .）。",
    }),
    bad: doc_str("services:\n  web:\n    ports:\n      - \"8000:8000\"\n"),
    good: doc_str("services:\n  web:\n    build: .\n    ports:\n      - \"8000:8000\"\n"),
    ..Code::BASE
};

/// A volume mount Compose cannot parse.
pub static INVALID_VOLUME: Code = Code {
    id: "DC0014",
    name: "invalid-volume",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "A volume mount Compose cannot parse",
        zh: "Compose 无法解析的数据卷挂载",
    }),
    why: doc(Text {
        en: "The short syntax is [SOURCE:]TARGET[:MODE]: at most two colons (the one after a Windows drive letter such as C:\\ does not count) and no empty part; the long syntax needs a target. Compose stops with an invalid volume specification otherwise. Several options in MODE are separated by commas, not colons.",
        zh: "短语法的格式是 [SOURCE:]TARGET[:MODE]：最多两个冒号（Windows 盘符后的冒号，如 C:\\，不计在内），且各部分都不能为空；长语法则必须有 target。否则 Compose 会因数据卷配置无效而报错退出。MODE 中的多个选项要用逗号分隔，而不是冒号。",
    }),
    fix: doc(Text {
        en: "Join the options with commas (./conf.d:/etc/nginx/conf.d:ro,z), remove the extra colon, or switch to the long syntax (type, source, target, read_only).",
        zh: "用逗号连接各个选项（./conf.d:/etc/nginx/conf.d:ro,z），删掉多余的冒号，或改用长语法（type、source、target、read_only）。",
    }),
    bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./conf.d:/etc/nginx/conf.d:ro:z\n"),
    good: doc_str("services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./conf.d:/etc/nginx/conf.d:ro,z\n"),
    ..Code::BASE
};

/// An include or an extends of another file that is not read here.
pub static NOT_FOLLOWED: Code = Code {
    id: "DC0015",
    name: "reference-not-followed",
    severity: Severity::Info,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "An include, or an extends of another file, that dockplay does not read",
        zh: "include 或跨文件的 extends 引用了其他文件，dockplay 不会读取",
    }),
    why: doc(Text {
        en: "Compose loads the referenced file into the project, but dockplay analyses only the file it is given, so whatever the other file defines is missing from the checks: an extending service is checked with its own keys only. The CLI still reports a referenced file that does not exist (DC0017).",
        zh: "Compose 会把引用的文件载入项目，而 dockplay 只分析交给它的文件，因此另一个文件中定义的内容不在检查范围内：继承了其他文件的服务只按它自己写出的键检查。如果引用的文件不存在，CLI 仍会报告（DC0017）。",
    }),
    fix: doc(Text {
        en: "Nothing needs fixing. Check the referenced file on its own as well; the note goes away only when the file stops referring to another file, e.g. when the shared settings are written into the service itself.",
        zh: "文件本身没有问题，无需修改。建议把被引用的文件也单独检查一遍；只有当文件不再引用其他文件（例如把共用的配置直接写进服务）时，这条提示才会消失。",
    }),
    bad: doc_str("services:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n    build: .\n    ports:\n      - \"8000:8000\"\n"),
    good: doc_str("services:\n  web:\n    build: .\n    restart: unless-stopped\n    ports:\n      - \"8000:8000\"\n"),
    ..Code::BASE
};

/// The file has no content.
pub static EMPTY_FILE: Code = Code {
    id: "DC0016",
    name: "empty-compose-file",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "The file is empty or holds only comments",
        zh: "文件为空，或只有注释",
    }),
    why: doc(Text {
        en: "Compose refuses a file with no content (empty, only comments, or a bare null document) with \"empty compose file\". It usually means the file was truncated or not written yet, or the wrong path was given.",
        zh: "没有内容的文件（空文件、只有注释，或只有一个 null 文档），Compose 会以 \"empty compose file\" 拒绝。这通常说明文件被截断了、还没写，或者指定了错误的路径。",
    }),
    fix: doc(Text {
        en: "Add at least a services section with one service, or point Compose at the right file with -f.",
        zh: "至少写上 services 以及其中的一个服务，或用 -f 指定正确的文件。",
    }),
    bad: doc_str("# nothing yet\n"),
    good: doc_str("services:\n  web:\n    image: nginx:1.27\n"),
    ..Code::BASE
};

/// A referenced file (env_file) does not exist.
pub static MISSING_FILE: Code = Code {
    id: "DC0017",
    name: "missing-file",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "A file the compose file refers to does not exist",
        zh: "compose 文件引用的文件不存在",
    }),
    why: doc(Text {
        en: "Compose reads every env_file, include and extends file when it loads the project and stops if one is missing (an env_file entry with required: false is optional). Only the CLI checks this, relative to the compose file's directory; the browser has no files to look at, so this code has no example.",
        zh: "Compose 加载项目时会读取所有 env_file、include 和 extends 引用的文件，缺少任何一个都会报错退出（设置了 required: false 的 env_file 条目是可选的）。只有 CLI 会做这项检查，相对路径以 compose 文件所在目录为基准；浏览器中没有文件可查，因此这个代码没有示例。",
    }),
    fix: doc(Text {
        en: "Create the file or correct the path; relative paths start from the compose file's directory. For an env file that may be absent, use the long syntax: env_file: [{path: .env.local, required: false}].",
        zh: "创建该文件或改正路径；相对路径以 compose 文件所在目录为基准。对于可能不存在的 env 文件，请使用长语法：env_file: [{path: .env.local, required: false}]。",
    }),
    bad: doc_str(""),
    good: doc_str(""),
    ..Code::BASE
};

/// The file is not valid UTF-8.
pub static INVALID_UTF8: Code = Code {
    id: "DC0018",
    name: "yaml-invalid-utf8",
    severity: Severity::Error,
    origin: Origin::Compose,
    target: Target::Compose,
    reported_by: ReportedBy::Loader,
    summary: doc(Text {
        en: "The file is not valid UTF-8",
        zh: "文件不是有效的 UTF-8 编码",
    }),
    why: doc(Text {
        en: "YAML is read as UTF-8, and Compose refuses a file with other bytes (\"invalid leading UTF-8 octet\"). This usually means the file was saved in another encoding, such as GBK or Latin-1; dockplay reads it with replacement characters to show what else is wrong.",
        zh: "YAML 按 UTF-8 读取，文件中有其他编码的字节时 Compose 会拒绝它（\"invalid leading UTF-8 octet\"）。这通常是因为文件以其他编码保存，例如 GBK 或 Latin-1；dockplay 会用替换字符读入，以便继续指出其他问题。",
    }),
    fix: doc(Text {
        en: "Save the file as UTF-8.",
        zh: "把文件另存为 UTF-8 编码。",
    }),
    ..Code::BASE
};
