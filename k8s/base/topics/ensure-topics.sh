#!/usr/bin/env bash
# Brings TransferLab's topics to io.transferlab.contracts.messaging.Topics, on a new cluster or an existing one, and
# may run any number of times: the k8s topics Job and compose's kafka-init both run this file.
#  - a missing topic is created with its partitions and configs;
#  - an existing topic gets its configs set again (a compacted topic created as delete/7 days would lose results);
#  - transferlab.jobs with too few partitions is grown (its records are independent jobs; KEDA caps trainers at its
#    partitions); any other topic with too few partitions is an error: growing it would split a key's records across
#    partitions (read out of order, kept twice where compacted), so it must be recreated by hand (docs/kubernetes.md,
#    "Topics");
#  - a replication factor below TOPIC_REPLICATION_FACTOR is reported (fixing it takes a partition reassignment).
# Exits non-zero if anything could not be brought in line, so the Job retries and then shows as failed.
# Environment: KAFKA_BOOTSTRAP_SERVERS; TOPIC_REPLICATION_FACTOR and TOPIC_MIN_INSYNC_REPLICAS (default 1);
# KAFKA_BIN (default /opt/kafka/bin); for SASL/TLS the services' own variables (the Secret transferlab-kafka):
# KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_* and KAFKA_SSL_*, each read as the services' Quarkus reads it
# (KAFKA_SASL_MECHANISM is sasl.mechanism).
set -euo pipefail
bin=${KAFKA_BIN:-/opt/kafka/bin}
replicas=${TOPIC_REPLICATION_FACTOR:-1}
insync=${TOPIC_MIN_INSYNC_REPLICAS:-1}
connect=(--bootstrap-server "${KAFKA_BOOTSTRAP_SERVERS:?set KAFKA_BOOTSTRAP_SERVERS}")
client=$(mktemp)
trap 'rm -f "$client"' EXIT
for variable in $(compgen -e | grep -E '^KAFKA_(SECURITY_PROTOCOL|SASL_.+|SSL_.+)$' || true); do
  key=$(tr 'A-Z_' 'a-z.' <<<"${variable#KAFKA_}")
  # A properties file: backslashes doubled, line breaks (a PEM certificate's) as \n.
  value=$(sed -e 's/\\/\\\\/g' <<<"${!variable}" | awk 'NR > 1 { printf "\\n" } { printf "%s", $0 }')
  printf '%s=%s\n' "$key" "$value" >>"$client"
done
if [[ -s "$client" ]]; then
  connect+=(--command-config "$client")
  echo "client settings: $(cut -d= -f1 "$client" | paste -sd, -)"
fi

# Every topic at once; the broker must answer before "absent" can mean absent: a failure here fails the run (and
# the Job retries). Kafka prints one "Topic: NAME ... PartitionCount: N ReplicationFactor: R ..." line per topic.
existing=$("$bin/kafka-topics.sh" "${connect[@]}" --describe --exclude-internal)
failed=0
# name:partitions:retention (Topics.partitions, Topics.retention). Requests last: a request can only be published
# once every topic its processing writes to exists.
for spec in transferlab.rejections:3:keep transferlab.experiments:3:compact transferlab.jobs:12:delete \
            transferlab.checkpoints:3:delete transferlab.evaluations:3:compact transferlab.estimates:3:compact \
            transferlab.status:3:delete \
            transferlab.results:3:compact transferlab.study-results:3:compact transferlab.dead-letters:3:delete \
            transferlab.requests:3:delete; do
  IFS=: read -r name partitions retention <<<"$spec"
  # Topics.Retention's configs; a write waits for min.insync.replicas copies (the services produce with acks=all).
  case "$retention" in
    compact) configs="cleanup.policy=compact" ;;
    keep) configs="cleanup.policy=delete,retention.ms=-1" ;;
    delete) configs="cleanup.policy=delete" ;;
  esac
  configs="$configs,min.insync.replicas=$insync"
  description=$(awk -v topic="$name" '$1 == "Topic:" && $2 == topic { print; exit }' <<<"$existing")
  if [[ -z "$description" ]]; then
    create=()
    for config in ${configs//,/ }; do create+=(--config "$config"); done
    "$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic "$name" --partitions "$partitions" \
      --replication-factor "$replicas" "${create[@]}" >/dev/null
    echo "$name: created, $partitions partitions, $configs"
    continue
  fi
  have=$(sed -n 's/.*PartitionCount: *\([0-9]*\).*/\1/p' <<<"$description")
  factor=$(sed -n 's/.*ReplicationFactor: *\([0-9]*\).*/\1/p' <<<"$description")
  if (( have < partitions )); then
    if [[ "$name" == transferlab.jobs ]]; then
      "$bin/kafka-topics.sh" "${connect[@]}" --alter --topic "$name" --partitions "$partitions" >/dev/null
      echo "$name: grown from $have to $partitions partitions"
    else
      echo "ERROR $name has $have partitions, needs $partitions; growing it would move its keys to other" \
           "partitions (read out of order, kept twice where compacted): recreate it (docs/kubernetes.md, \"Topics\")" >&2
      failed=1
    fi
  fi
  if (( factor < replicas )); then
    echo "WARNING $name has replication factor $factor, below $replicas: reassign its partitions" >&2
  fi
  "$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type topics --entity-name "$name" \
    --add-config "$configs" >/dev/null
  echo "$name: exists, $(( have > partitions ? have : partitions )) partitions, configs set: $configs"
done
exit "$failed"
