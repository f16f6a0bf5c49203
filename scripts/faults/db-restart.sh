#!/usr/bin/env bash
# Database restart while users work: MariaDB is stopped under a running app and started again. The app must not be
# restarted: health goes DOWN then UP, work fails during the outage and succeeds after, and nothing acknowledged is lost.
# Needs the production jar (./mvnw -B -Pproduction -DskipTests package) and Debian's mariadb-server.
source "$(dirname "$0")/lib.sh"
outage_seconds=${OUTAGE_SECONDS:-15}

db_start
db_create
port=$(free_port)
# paced, so that the members' credits last through the outage and the work after it
app_start work "$port" --bridgework.drill.pause-ms=40 --bridgework.drill.members=8 --bridgework.drill.credits-per-member=480
wait_for_fixtures work "$pid_work"
wait_for_acks work 100 180
[ "$(health_code "$port")" = 200 ] || breach "health was not UP before the outage"

echo "Stopping MariaDB with $(acks work) operations acknowledged"
db_stop
stopped=$(now)
down_seen=""
for _ in $(seq 1 30); do
  code=$(health_code "$port")
  if [ "$code" != 200 ]; then down_seen=$(seconds_since "$stopped"); break; fi
  sleep 0.5
done
[ -n "$down_seen" ] || breach "health still said UP with the database stopped"
echo "Health reported DOWN (HTTP $code) $down_seen s after the stop"
sleep 2
acks_in_outage=$(acks work)
failed_before=$(last_status work | sed -E 's/.*failed=([0-9]+).*/\1/')
while [ "$(awk -v a="$stopped" -v b="$(now)" 'BEGIN { print (b - a < '"$outage_seconds"') }')" = 1 ]; do sleep 0.5; done
failed_after=$(last_status work | sed -E 's/.*failed=([0-9]+).*/\1/')
[ "$(acks work)" = "$acks_in_outage" ] || breach "operations were acknowledged while the database was stopped"
[ "$failed_after" -gt "$failed_before" ] || breach "no operation failed during the outage: was the database really down?"
echo "During the outage: $((failed_after - failed_before)) operations failed, none acknowledged"

db_start
restarted=$(now)
up_after=""
for _ in $(seq 1 120); do
  if [ "$(health_code "$port")" = 200 ]; then up_after=$(seconds_since "$restarted"); break; fi
  sleep 0.5
done
[ -n "$up_after" ] || breach "health did not come back UP within 60 s of the database"
wait_for_acks work $((acks_in_outage + 20)) 60
work_after=$(seconds_since "$restarted")
kill -0 "$pid_work" || breach "the app died during the outage"
echo "MariaDB back after a ${outage_seconds} s outage: health UP after $up_after s, 20 more operations acknowledged after $work_after s, same app process ($pid_work)"

# a graceful stop, then the check
kill -TERM "$pid_work"; wait "$pid_work" 2>/dev/null || true
echo "Acknowledged in all: $(grep -c '^R ' "$work/acknowledged-work.log" || true) redemptions," \
  "$(grep -c '^S ' "$work/acknowledged-work.log" || true) register saves"
run_check "$work/acknowledged-work.log"
echo "Database restart drill: PASS"
