# Sourced by the benchmark scripts: installs (when asked) and checks the Debian packages a script needs.
#   source "$here/requires.sh"; requires LABEL INSTALL 'COMMAND...' 'PYTHON_MODULE,...' PACKAGE...
# INSTALL is 1 to apt-get install the packages first; a missing command or module stops the script with a message
# that names the packages.
requires() {
  local label=$1 install=$2 commands=$3 modules=$4 need
  shift 4
  if ((install)); then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
  for need in $commands; do
    command -v "$need" >/dev/null \
      || { echo "$label: $need is missing; run with --install (apt-get install $*)" >&2; exit 1; }
  done
  /usr/bin/python3 -c "import $modules" 2>/dev/null \
    || { echo "$label: one of the Python modules $modules is missing; run with --install (apt-get install $*)" >&2
      exit 1; }
}
