# Java 17 runtime from Debian's packages, on the base made by infra/containers/build (debootstrap, no registry):
# the services' images build on it with --build-arg BASE_IMAGE=transferlab/jre:17, and so do Kafka's and s3proxy's.
# curl for the health checks, libgomp1 for ND4J's native code (OpenMP); the non-root user the services' Dockerfiles
# expect (uid 10001, with a home for JavaCPP's unpacked natives).
ARG DEBIAN_IMAGE=transferlab/debian:bookworm
FROM ${DEBIAN_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl ca-certificates libgomp1 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --uid 10001 --create-home --home-dir /home/transferlab transferlab
