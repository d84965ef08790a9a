# DL3032: yum install without cleanup in a builder stage that does not reach the final image
FROM rockylinux:9 AS build
RUN yum install -y gcc-11.4.1 make-4.3 && make
FROM rockylinux:9-minimal
COPY --from=build /src/app /usr/local/bin/app
