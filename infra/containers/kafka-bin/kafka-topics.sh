#!/bin/bash
# kafka-topics.sh as in Apache Kafka's distribution.
exec java -Xmx256m -cp '/opt/kafka/libs/*' org.apache.kafka.tools.TopicCommand "$@"
