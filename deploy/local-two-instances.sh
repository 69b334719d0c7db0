#!/usr/bin/env bash
# The scaled-out topology on one machine, from Debian packages: PostgreSQL + Redis + two ShopAssistant processes behind
# nginx (the same nginx template and settings the two-instance tests use).
#
#   deploy/local-two-instances.sh start     # build, start everything, print the address and the staff passwords
#   deploy/local-two-instances.sh stop      # stop everything (the data stays in the state folder)
#   deploy/local-two-instances.sh status
#
# Needs: apt-get install postgresql redis-server nginx (and the .NET SDK). Ports and the state folder can be changed:
#   SHOP_STATE (/var/tmp/shopassistant-scale-out)  SHOP_PORT (8080, nginx)  SHOP_A_PORT (5081)  SHOP_B_PORT (5082)  PG_PORT (55432)  REDIS_PORT (56379)
# Staff accounts and the shopper-token key are made once (random) into $SHOP_STATE/secrets.env, mode 600.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
state=${SHOP_STATE:-/var/tmp/shopassistant-scale-out}
port=${SHOP_PORT:-8080}; a_port=${SHOP_A_PORT:-5081}; b_port=${SHOP_B_PORT:-5082}
pg_port=${PG_PORT:-55432}; redis_port=${REDIS_PORT:-56379}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)

# PostgreSQL refuses to run as root: as root it runs as the postgres user the Debian package made.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start() {
  [ -n "$pg_bin" ] || { echo "PostgreSQL is not installed: apt-get install postgresql"; exit 1; }
  command -v redis-server >/dev/null || { echo "Redis is not installed: apt-get install redis-server"; exit 1; }
  [ -x /usr/sbin/nginx ] || { echo "nginx is not installed: apt-get install nginx"; exit 1; }
  mkdir -p "$state"/{logs,nginx,models,a,b}

  if [ ! -f "$state/secrets.env" ]; then
    umask 077
    cat > "$state/secrets.env" <<SECRETS
ShopAssistant__Staff__0__UserName=agent
ShopAssistant__Staff__0__Password=$(openssl rand -base64 18)
ShopAssistant__Staff__0__Role=agent
ShopAssistant__Staff__1__UserName=manager
ShopAssistant__Staff__1__Password=$(openssl rand -base64 18)
ShopAssistant__Staff__1__Role=manager
ShopAssistant__Shoppers__TokenKey=$(openssl rand -base64 48)
SECRETS
    umask 022
    echo "staff accounts (kept in $state/secrets.env):"; grep -E 'UserName|Password' "$state/secrets.env"
  fi

  if [ ! -d "$state/pg" ]; then
    mkdir -p "$state/pg"; [ "$(id -u)" = 0 ] && chown postgres "$state/pg"
    as_pg "$pg_bin/initdb" -D "$state/pg" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
  fi
  as_pg "$pg_bin/pg_ctl" -D "$state/pg" -l "$state/pg/server.log" -w \
    -o "-p $pg_port -k $state/pg -c listen_addresses=127.0.0.1" start >/dev/null
  as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'shopassistant'" | grep -q 1 \
    || as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres shopassistant

  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$state" --appendonly yes --daemonize yes \
    --pidfile "$state/redis.pid" --logfile "$state/logs/redis.log"

  # publish, not build: the chat page and the staff scripts (static web assets) are only copied by publish.
  dotnet publish "$root/src/ShopAssistant.Web" -c Release -v q -o "$state/app" >/dev/null
  # A first (it trains the intent model into the shared model folder if there is none), then B, which loads it.
  instance a "$a_port"; instance b "$b_port"

  # The wrapper config keeps nginx's files in the state folder; the http part is the deployment's template.
  sed -e "s|\${SHOP_LISTEN}|127.0.0.1:$port|" \
      -e "s|\${SHOP_UPSTREAM_SERVERS}|server 127.0.0.1:$a_port max_fails=1 fail_timeout=5s; server 127.0.0.1:$b_port max_fails=1 fail_timeout=5s;|" \
      "$root/deploy/nginx/shopassistant.conf.template" > "$state/nginx/shopassistant.conf"
  cat > "$state/nginx/nginx.conf" <<NGINX
$([ "$(id -u)" = 0 ] && echo "user nobody nogroup;")
worker_processes 1;
pid $state/nginx/nginx.pid;
error_log $state/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log $state/logs/nginx-access.log;
    client_body_temp_path $state/nginx/body; proxy_temp_path $state/nginx/proxy;
    fastcgi_temp_path $state/nginx/fastcgi; uwsgi_temp_path $state/nginx/uwsgi; scgi_temp_path $state/nginx/scgi;
    include $state/nginx/shopassistant.conf;
}
NGINX
  /usr/sbin/nginx -p "$state/nginx" -c "$state/nginx/nginx.conf" -e "$state/logs/nginx-error.log"
  echo "shop:      http://127.0.0.1:$port/   (agent console /agent, dashboard /dashboard)"
  echo "instances: http://127.0.0.1:$a_port/  http://127.0.0.1:$b_port/   logs: $state/logs"
}

instance() {
  local name=$1 instance_port=$2
  (
    set -a; . "$state/secrets.env"; set +a
    export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$instance_port"
    export ShopAssistant__Storage__Provider=postgres
    export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=shopassistant"
    export ConnectionStrings__Redis="127.0.0.1:$redis_port"
    export ShopAssistant__Storage__DataFolder="$state/$name"
    # One artefact folder for both: A (started first) builds what is missing, B only loads it.
    export ShopAssistant__Models__Directory="$state/models"
    cd "$state/app"
    nohup dotnet ShopAssistant.dll >"$state/logs/$name.log" 2>&1 &
    echo $! > "$state/$name.pid"
  )
  for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:$instance_port/health/ready" >/dev/null 2>&1 && { echo "instance $name ready on $instance_port"; return; }
    sleep 1
  done
  echo "instance $name did not become ready: see $state/logs/$name.log"; exit 1
}

stop() {
  [ -f "$state/nginx/nginx.pid" ] && /usr/sbin/nginx -p "$state/nginx" -c "$state/nginx/nginx.conf" -e "$state/logs/nginx-error.log" -s quit || true
  for name in a b; do [ -f "$state/$name.pid" ] && kill "$(cat "$state/$name.pid")" 2>/dev/null; rm -f "$state/$name.pid"; done
  [ -f "$state/redis.pid" ] && kill "$(cat "$state/redis.pid")" 2>/dev/null || true
  [ -d "$state/pg" ] && as_pg "$pg_bin/pg_ctl" -D "$state/pg" -m fast stop >/dev/null 2>&1 || true
  echo "stopped (data kept in $state)"
}

status() {
  for name in a b; do
    if [ -f "$state/$name.pid" ] && kill -0 "$(cat "$state/$name.pid")" 2>/dev/null; then echo "instance $name: running"; else echo "instance $name: stopped"; fi
  done
  curl -fsS "http://127.0.0.1:$port/health/ready" && echo || echo "proxy: not answering on $port"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status"; exit 2 ;;
esac
