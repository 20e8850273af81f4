# An S3 API server (s3proxy from Maven Central, filesystem storage, strict SigV4) on the Java runtime made from Debian's
# packages: MinIO is not packaged for these machines. Takes MinIO's variables (MINIO_ROOT_USER, MINIO_ROOT_PASSWORD)
# so that the compose file's S3 service runs either image; serves on 9000 and stores under /data.
ARG JRE_IMAGE=transferlab/jre:17
FROM ${JRE_IMAGE}
COPY s3proxy.jar /opt/s3proxy/s3proxy.jar
COPY bin/s3-server /opt/s3proxy/s3-server
RUN mkdir -p /data && chown 10001 /data
USER 10001
VOLUME /data
EXPOSE 9000
ENTRYPOINT ["/opt/s3proxy/s3-server"]
