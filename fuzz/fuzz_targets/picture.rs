//! The network picture (layout and SVG): mode byte 0 takes the rest as a compose file; any
//! other first byte builds a project from the bytes (services, networks, depends_on cycles,
//! network_mode, ports), so the layered layout meets arbitrary graphs, not only real files.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::fmt::Write;

fuzz_target!(|data: &[u8]| {
    let opts = dockplay::Options::default();
    let text = match data.split_first() {
        Some((0, rest)) => String::from_utf8_lossy(rest).into_owned(),
        Some((n, rest)) => project(*n, rest),
        None => return,
    };
    let _ = dockplay::network_picture("compose.yaml", &text, &opts);
});

/// A compose file of `1 + n % 40` services on up to 6 networks; each 3 bytes of `ops` add one
/// membership, dependency, network_mode or port.
fn project(n: u8, ops: &[u8]) -> String {
    let services = 1 + (n as usize % 40);
    let mut nets = vec![Vec::new(); services];
    let mut deps = vec![Vec::new(); services];
    let mut mode = vec![None; services];
    let mut ports = vec![Vec::new(); services];
    for op in ops.chunks_exact(3) {
        let (s, v) = (op[1] as usize % services, op[2] as usize);
        match op[0] % 4 {
            0 => nets[s].push(v % 6),
            1 => deps[s].push(v % services),
            2 => mode[s] = Some(v % services),
            _ => ports[s].push(8000 + v),
        }
    }
    let mut t = String::from("services:\n");
    for i in 0..services {
        let _ = writeln!(t, "  s{i}:\n    image: example/s{i}");
        if let Some(m) = mode[i] {
            let _ = writeln!(t, "    network_mode: service:s{m}");
        } else if !nets[i].is_empty() {
            nets[i].sort();
            nets[i].dedup();
            let list: Vec<String> = nets[i].iter().map(|k| format!("n{k}")).collect();
            let _ = writeln!(t, "    networks: [{}]", list.join(", "));
        }
        if !deps[i].is_empty() {
            deps[i].sort();
            deps[i].dedup();
            let list: Vec<String> = deps[i].iter().map(|d| format!("s{d}")).collect();
            let _ = writeln!(t, "    depends_on: [{}]", list.join(", "));
        }
        if !ports[i].is_empty() {
            let list: Vec<String> = ports[i].iter().map(|p| format!("\"{p}:80\"")).collect();
            let _ = writeln!(t, "    ports: [{}]", list.join(", "));
        }
    }
    t.push_str("networks:\n");
    for k in 0..6 {
        let _ = writeln!(t, "  n{k}:");
    }
    t
}
