# Prometheus from Debian's package, on the base made by infra/containers/build. Same paths and port as the
# prom/prometheus image: configuration /etc/prometheus/prometheus.yml, data /prometheus, port 9090.
ARG DEBIAN_IMAGE=transferlab/debian:bookworm
FROM ${DEBIAN_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends prometheus wget \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /prometheus && chown nobody /prometheus
USER nobody
VOLUME /prometheus
EXPOSE 9090
ENTRYPOINT ["/usr/bin/prometheus", "--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus", "--web.listen-address=:9090"]
