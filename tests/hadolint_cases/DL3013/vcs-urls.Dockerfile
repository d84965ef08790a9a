# DL3013: VCS URLs pinned to a tag (git+https://...@v1.2#egg=x) and unpinned (git+ssh://... without @ref)
FROM python:3.12-slim
RUN pip install --no-cache-dir "git+https://github.com/pallets/click.git@8.1.7#egg=click"
RUN pip install --no-cache-dir git+ssh://git@github.com/org/private-lib.git
USER 1000
