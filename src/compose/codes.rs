//! Codes of the diagnostics the compose loader reports (Docker Compose's own errors and warnings).

use crate::diagnostic::{Code, Severity};

macro_rules! code {
    ($name:ident, $id:literal, $kebab:literal, $sev:ident, $doc:literal) => {
        #[doc = $doc]
        pub const $name: Code = Code {
            id: $id,
            name: $kebab,
            severity: Severity::$sev,
        };
    };
}

code!(
    YAML_SYNTAX,
    "DC0001",
    "yaml-syntax",
    Error,
    "The file is not valid YAML."
);
code!(
    DUPLICATE_KEY,
    "DC0002",
    "duplicate-key",
    Error,
    "A key appears twice in one mapping; Compose rejects the file."
);
code!(
    YAML_LIMIT,
    "DC0003",
    "yaml-limit",
    Error,
    "Nesting, alias expansion or size over the loader's budget."
);
code!(
    SCHEMA,
    "DC0004",
    "schema",
    Error,
    "Unknown key, wrong type or invalid value for the compose specification."
);
code!(
    UNDEFINED_REFERENCE,
    "DC0005",
    "undefined-reference",
    Error,
    "A service, network, volume, secret or config that is not defined."
);
code!(
    DEPENDENCY_CYCLE,
    "DC0006",
    "dependency-cycle",
    Error,
    "Services depend on each other in a cycle."
);
code!(
    CONTAINER_NAME_REPLICAS,
    "DC0007",
    "container-name-with-replicas",
    Error,
    "A fixed container_name with more than one replica."
);
code!(
    NETWORK_MODE_WITH_NETWORKS,
    "DC0008",
    "network-mode-with-networks",
    Error,
    "network_mode and networks on one service."
);
code!(
    INVALID_PORT,
    "DC0009",
    "invalid-port",
    Error,
    "A port mapping Compose cannot parse."
);
code!(
    DUPLICATE_MOUNT,
    "DC0010",
    "duplicate-mount-target",
    Error,
    "Two mounts into the same container path."
);
code!(
    UNSET_VARIABLE,
    "DC0011",
    "unset-variable",
    Warning,
    "A variable used without a default is not set; it becomes empty."
);
code!(
    INTERPOLATION,
    "DC0012",
    "invalid-interpolation",
    Error,
    "A required variable is missing or a ${...} is malformed."
);
code!(
    NO_IMAGE_OR_BUILD,
    "DC0013",
    "no-image-or-build",
    Error,
    "A service with neither image nor build."
);
code!(
    INVALID_VOLUME,
    "DC0014",
    "invalid-volume",
    Error,
    "A volume mount Compose cannot parse."
);
code!(
    NOT_FOLLOWED,
    "DC0015",
    "reference-not-followed",
    Info,
    "An include or an extends of another file that is not read here."
);
code!(
    EMPTY_FILE,
    "DC0016",
    "empty-compose-file",
    Error,
    "The file has no content."
);
code!(
    MISSING_FILE,
    "DC0017",
    "missing-file",
    Error,
    "A referenced file (env_file) does not exist."
);

/// Every code defined here, in order.
pub const ALL: &[Code] = &[
    YAML_SYNTAX,
    DUPLICATE_KEY,
    YAML_LIMIT,
    SCHEMA,
    UNDEFINED_REFERENCE,
    DEPENDENCY_CYCLE,
    CONTAINER_NAME_REPLICAS,
    NETWORK_MODE_WITH_NETWORKS,
    INVALID_PORT,
    DUPLICATE_MOUNT,
    UNSET_VARIABLE,
    INTERPOLATION,
    NO_IMAGE_OR_BUILD,
    INVALID_VOLUME,
    NOT_FOLLOWED,
    EMPTY_FILE,
    MISSING_FILE,
];
