#!/usr/bin/env bash
# Measures the local stack: time to ready, each app's startup time, and each process's RSS after the walking
# skeleton flow (register, consent, book, complete with a demo vial) has run through the gateway.
# Usage, from the project root after ./mvnw -DskipTests install:  bash tools/measure-local-stack.sh [--reset]
set -euo pipefail
GW=http://127.0.0.1:8080 KC=http://127.0.0.1:8180
log=$(mktemp)
setsid java -jar local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar "$@" >"$log" 2>&1 < /dev/null & stack=$!
trap 'kill -- -$stack 2>/dev/null; sleep 5; kill -9 -- -$stack 2>/dev/null || true' EXIT
t0=$(date +%s)
until grep -q 'Clinic platform is up' "$log"; do
  kill -0 $stack 2>/dev/null || { tail -20 "$log"; exit 1; }
  [ $(( $(date +%s) - t0 )) -lt 600 ] || { echo "not ready in 600 s"; exit 1; }
  sleep 1
done
echo "stack ready in $(( $(date +%s) - t0 )) s"
grep -o 'Apps: .*' "$log"

json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
token() { curl -fsS -d grant_type=password -d client_id=clinic-cli -d username="$1" -d password=demo \
  $KC/realms/clinics/protocol/openid-connect/token | json 'd["access_token"]'; }
RITA=$(token rita.reception); NINA=$(token nina.nurse); MARK=$(token mark.manager)
post() { curl -sS -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "$GW$2" -d "$3"; }
BOTOX=00000000-0000-4000-8000-000000000001
patient=$(post "$RITA" /api/patients '{"givenName":"Measure","familyName":"Run","dateOfBirth":"1980-01-01","sex":"FEMALE","homeClinicId":"clinic-north","confirmedDifferentPerson":true}' | json 'd["id"]')
post "$NINA" /api/patients/$patient/consents "{\"type\":\"TREATMENT_BOTULINUM_TOXIN\",\"templateVersion\":1,\"method\":\"IN_CLINIC\",\"signedAt\":\"$(date -u +%FT%TZ)\"}" >/dev/null
starts=$(date -u -d '+1 hour' +%FT%TZ)
for i in $(seq 50); do
  session=$(post "$RITA" /api/sessions "{\"patientId\":\"$patient\",\"clinicId\":\"clinic-north\",\"startsAt\":\"$starts\",\"productId\":\"$BOTOX\",\"expectedUnits\":20}" | json 'd.get("id","")')
  [ -n "$session" ] && break; sleep 0.2
done
vial=$(curl -fsS -H "Authorization: Bearer $MARK" "$GW/api/inventory/vials?clinicId=clinic-north&size=100" \
  | json '[v["id"] for v in d["items"] if v["unitsRemaining"] >= 20][0]')
for i in $(seq 50); do
  status=$(post "$NINA" /api/sessions/$session/complete "{\"injections\":[{\"area\":\"GLABELLAR_LINES\",\"units\":20,\"vialId\":\"$vial\"}]}" | json 'd.get("status","")')
  [ "$status" = COMPLETED ] && break; sleep 0.2
done
echo "session $session: $status"
sleep 2
curl -fsS -H "Authorization: Bearer $MARK" "$GW/api/inventory/stock?clinicId=clinic-north"; echo
for app in gateway patient-service treatment-service inventory-service; do
  pid=$(pgrep -f "$app-0.1.0-SNAPSHOT-exec.jar" | head -1)
  echo "$app RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
done
echo "keycloak RSS $(( $(ps -o rss= -p "$(pgrep -f 'io.quarkus|keycloak' | head -1)") / 1024 )) MB"
echo "launcher (PostgreSQL client side + Kafka broker) RSS $(( $(ps -o rss= -p $stack) / 1024 )) MB"
