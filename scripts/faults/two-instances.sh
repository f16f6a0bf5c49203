#!/usr/bin/env bash
# Two app instances on one MariaDB behind nginx with sticky sessions (Tomcat jvmRoute in the session id, one nginx
# upstream per route with the other instance as backup). Both instances do drill work; people sign in through nginx.
# Instance a is killed with -9: a's people must sign in again on b, b's people carry on, and nothing acknowledged by
# either instance is lost. Needs the production jar, Debian's mariadb-server and nginx.
source "$(dirname "$0")/lib.sh"
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || breach "nginx is not installed (apt-get install nginx)"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

db_start
db_create
port_a=$(free_port); port_b=$(free_port); lb_port=$(free_port)
# one after the other, so that only the first creates the first administrator
app_start a "$port_a" --bridgework.session-route=a --bridgework.drill.pause-ms=40
wait_for_fixtures a "$pid_a"
app_start b "$port_b" --bridgework.session-route=b --bridgework.drill.pause-ms=40
wait_for_fixtures b "$pid_b"

mkdir -p "$work/nginx/tmp"
cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
# one process, so that its PID is all there is to stop
master_process off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 512; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  # a session goes back to the instance named at the end of its id; the other instance is the backup for when it is gone
  upstream route_a { server 127.0.0.1:$port_a max_fails=1 fail_timeout=30s; server 127.0.0.1:$port_b backup; }
  upstream route_b { server 127.0.0.1:$port_b max_fails=1 fail_timeout=30s; server 127.0.0.1:$port_a backup; }
  upstream new_visitors { server 127.0.0.1:$port_a max_fails=1 fail_timeout=30s; server 127.0.0.1:$port_b max_fails=1 fail_timeout=30s; }
  map \$cookie_JSESSIONID \$bridgework_pool { ~\.a\$ route_a; ~\.b\$ route_b; default new_visitors; }
  # Vaadin push and long polling: websocket upgrade, no buffering, long reads
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://\$bridgework_pool;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_buffering off;
      proxy_read_timeout 1h;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503;
      add_header X-Bridgework-Upstream \$upstream_addr always;
    }
  }
}
CONF
"$NGINX" -t -c "$work/nginx/nginx.conf" -p "$work/nginx" >/dev/null 2>&1 || { "$NGINX" -t -c "$work/nginx/nginx.conf" -p "$work/nginx"; breach "nginx config"; }
"$NGINX" -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>>"$work/nginx/error.log" &
started_pids+=("$!")
for _ in $(seq 1 40); do [ "$(health_code "$lb_port")" = 200 ] && break; sleep 0.25; done
[ "$(health_code "$lb_port")" = 200 ] || breach "nginx did not answer"

lb="http://127.0.0.1:$lb_port"
route_of() { awk '$6 == "JSESSIONID" { n = split($7, p, "."); print p[n] }' "$1" | tail -1; }
# sign_in JAR: the sign-in form's own POST (Spring Security's form login behind Vaadin's login view)
sign_in() {
  curl -s -o /dev/null -c "$1" -b "$1" "$lb/login"
  local location
  location=$(curl -s -o /dev/null -c "$1" -b "$1" -w '%{redirect_url}' --data-urlencode "username=$ADMIN_USER" \
    --data-urlencode "password=$ADMIN_PASSWORD" "$lb/login")
  case "$location" in *error*|*login*|"") return 1 ;; esac
}
# signed_in JAR: the home page answers 200 without sending the person to the sign-in page
signed_in() { [ "$(curl -s -o /dev/null -c "$1" -b "$1" -w '%{http_code}' "$lb/")" = 200 ]; }

declare -A person_route
for p in 1 2 3 4; do
  jar="$work/person$p.cookies"
  sign_in "$jar" || breach "person $p could not sign in through nginx"
  person_route[$p]=$(route_of "$jar")
  for _ in 1 2 3; do signed_in "$jar" || breach "person $p lost their session on a healthy instance"; done
done
echo "Signed in through nginx: $(for p in 1 2 3 4; do printf 'person%s->%s ' "$p" "${person_route[$p]}"; done)"
printf '%s\n' "${person_route[@]}" | grep -qx a && printf '%s\n' "${person_route[@]}" | grep -qx b \
  || breach "sessions did not spread over both instances"
wait_for_acks a 100 120
wait_for_acks b 100 120

echo "Killing instance a with SIGKILL ($(acks a) acknowledged by a, $(acks b) by b)"
kill -9 "$pid_a"; wait "$pid_a" 2>/dev/null || true
killed=$(now)
acks_b_at_kill=$(acks b)
for p in 1 2 3 4; do
  jar="$work/person$p.cookies"
  if [ "${person_route[$p]}" = a ]; then
    signed_in "$jar" && breach "person $p was still signed in on a dead instance?"
    sign_in "$jar" || breach "person $p could not sign in again after the failover"
    signed_in "$jar" || breach "person $p is not signed in on b after signing in again"
    [ "$(route_of "$jar")" = b ] || breach "person $p's new session is not on b"
    echo "person$p (was on a): signed in again on b $(seconds_since "$killed") s after the kill"
  else
    signed_in "$jar" || breach "person $p on b lost their session when a died"
    echo "person$p (on b): still signed in, no interruption"
  fi
done
wait_for_acks b $((acks_b_at_kill + 20)) 60
echo "Instance b acknowledged $(( $(acks b) - acks_b_at_kill )) more operations after the kill"

kill -TERM "$pid_b"; wait "$pid_b" 2>/dev/null || true
echo "Acknowledged in all: a $(acks a), b $(acks b)"
run_check "$work/acknowledged-a.log,$work/acknowledged-b.log"
echo "Two-instance drill: PASS"
