# DL3004: sudo with options (-u, -E) later in a && chain
FROM ubuntu:24.04
RUN useradd -m app && sudo -u app -E bash -c 'echo hi'
USER app
