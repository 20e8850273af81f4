# Apache Kafka (KRaft) from Maven Central's jars, on the Java runtime made from Debian's packages. Configured like the
# apache/kafka image: every KAFKA_* variable is a broker property (KAFKA_NODE_ID -> node.id), and the command-line
# tools the compose file uses live under /opt/kafka/bin. Build context: the folder infra/containers/build fills.
ARG JRE_IMAGE=transferlab/jre:17
FROM ${JRE_IMAGE}
COPY libs/ /opt/kafka/libs/
COPY bin/ /opt/kafka/bin/
# /etc/kafka/docker/run is where the apache/kafka image keeps its start script: Testcontainers' KafkaContainer runs it
# (after exporting the advertised listeners) in place of the image's command, so it must be a command, not an
# entrypoint.
RUN mkdir -p /var/lib/kafka/data /etc/kafka/docker && chown -R 10001 /var/lib/kafka \
 && ln -s /opt/kafka/bin/kafka-server /etc/kafka/docker/run
USER 10001
VOLUME /var/lib/kafka/data
EXPOSE 9092
CMD ["/opt/kafka/bin/kafka-server"]
