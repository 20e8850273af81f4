#!/bin/bash
# kafka-configs.sh as in Apache Kafka's distribution (the topic setup sets topic configs with it).
exec java -Xmx256m -cp '/opt/kafka/libs/*' kafka.admin.ConfigCommand "$@"
