# Sourced by the benchmark scripts: serves a directory with nginx on a free port of 127.0.0.1, stopped on exit.
#   source "$here/nginx.sh"; serve_with_nginx WORK_DIR DATA_DIR [ACCESS_LOG]   -> sets $port
# ACCESS_LOG is a file to log requests to (to count them), or empty for none.
serve_with_nginx() {
  local work=$1 data=$2 log=${3:-}
  port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  local user="" access="access_log off;"
  [[ $EUID -eq 0 ]] && user="user root;"
  [[ -n $log ]] && access="access_log $log;"
  mkdir -p "$work/tmp"
  cat >"$work/nginx.conf" <<CONF
$user
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  $access sendfile on; tcp_nopush on; tcp_nodelay on; keepalive_requests 100000;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server { listen 127.0.0.1:$port; root $data; location / { } }
}
CONF
  nginx -p "$work" -c "$work/nginx.conf"
  # shellcheck disable=SC2064 # expand now: the trap must stop this very server
  trap "nginx -p '$work' -c '$work/nginx.conf' -s stop 2>/dev/null || true" EXIT
  sleep 0.3
}
