# DL3033: snippet without FROM, unpinned package on a continuation line
RUN yum install -y \
    git \
    && yum clean all
