#!/bin/bash
# kafka-broker-api-versions.sh as in Apache Kafka's distribution (the compose health check).
exec java -Xmx128m -cp '/opt/kafka/libs/*' org.apache.kafka.tools.BrokerApiVersionsCommand "$@"
