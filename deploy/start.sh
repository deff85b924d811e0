#!/usr/bin/env bash
# Starts Jiebang from a prepared Payara Micro root directory with a class-data-sharing archive,
# for quicker restarts than `java -jar jiebang.jar` (bench/startup.sh measures both).
#
#   deploy/start.sh [Payara Micro options, e.g. --port 8080 --logtofile FILE]
#   deploy/start.sh --prepare        prepares and exits (an image build, a deployment step)
#
# The first start after the jar (its size or time) or the JVM changes prepares the root directory (about one start's
# time): Payara Micro's launcher and runtime unpacked there, the war deployed there (later starts
# neither unpack nor copy it), and an archive of the classes a start loads, recorded while the
# application starts once on a throwaway embedded database in an empty environment (so that the
# recording never touches the real database). Later starts map that archive instead of loading,
# parsing and verifying those classes again. If the archive cannot be used, the JVM starts without it.
#
# Environment:
#   JIEBANG_JAR    the jar (default: target/jiebang.jar of this checkout)
#   JIEBANG_ROOT   the prepared root directory (default: $JIEBANG_DATA_DIR/micro, or ./data/micro);
#                  one per node, writable by the service
#   JIEBANG_CDS    "off" starts without the archive: a Flight Recorder recording crashed the JVM
#                  (17.0.15) that used it, and Java agents that transform classes use the same hook
#   JAVA_OPTS      JVM options (heap and the like), used for the recording and for every start
#   everything else as for the jar (JIEBANG_DB_URL, JIEBANG_DATA_DIR, …: deploy/README.md)
#
# Without a --clustermode or --clustername option the node runs alone, as the jar does
# (--nocluster); with one, it joins the data grid those options describe.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jar=$(realpath "${JIEBANG_JAR:-$here/../target/jiebang.jar}")
root=${JIEBANG_ROOT:-${JIEBANG_DATA_DIR:-./data}/micro}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
[ -f "$jar" ] || { echo "no jar at $jar: build it with mvn -B package, or set JIEBANG_JAR" >&2; exit 1; }
for tool in unzip flock; do
    command -v "$tool" > /dev/null || { echo "$tool is needed (Debian: apt-get install -y unzip util-linux)" >&2; exit 1; }
done
mkdir -p "$root"
root=$(realpath "$root")

# the options target/jiebang.jar is built with (pom.xml, the uber-jar execution)
options=(--disablephonehome --minhttpthreads 16 --maxhttpthreads 64)
if [[ " $* " != *" --clustermode "* && " $* " != *" --clustername "* ]]; then
    options+=(--nocluster --hzpublicaddress 127.0.0.1)
fi
# Payara's default port, unless given (the root directory keeps the port of its last start)
port=(--port 8080)
[[ " $* " == *" --port "* ]] && port=()

prepare() {
    local stamp=$1 tmp
    echo "preparing $root for $jar (once per jar and JVM)" >&2
    find "$root" -mindepth 1 -maxdepth 1 ! -name .lock -exec rm -rf {} +
    java -jar "$jar" --rootdir "$root" --outputlauncher > "$root/prepare.log" 2>&1
    unzip -p "$jar" MICRO-INF/deploy/ROOT.war > "$root/ROOT.war"
    tmp=$(mktemp -d)
    # deploys the war into the root directory, starts it once and records the classes it loaded
    env -i PATH="$PATH" HOME="$tmp" LANG=C.UTF-8 JIEBANG_DATA_DIR="$tmp/data" \
        java "${java_opts[@]}" -XX:ArchiveClassesAtExit="$root/jiebang.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$root/launch-micro.jar" --deploy "$root/ROOT.war" "${options[@]}" --port $((20000 + RANDOM % 20000)) --warmup \
        >> "$root/prepare.log" 2>&1 || true
    rm -rf "$tmp" "$root/ROOT.war"
    [ -d "$root/applications/ROOT" ] || { echo "preparing failed: see $root/prepare.log" >&2; exit 1; }
    [ -s "$root/jiebang.jsa" ] || echo "no class archive was recorded (see $root/prepare.log): starting without it" >&2
    echo "$stamp" > "$root/prepared"
}

# one preparation at a time, whoever starts the node
exec 9> "$root/.lock"
flock 9
stamp="$(stat -c '%s %Y' "$jar") $(java "${java_opts[@]}" -version 2>&1 | tr '\n' ' ')"
if [ ! -f "$root/prepared" ] || [ "$(cat "$root/prepared")" != "$stamp" ]; then
    prepare "$stamp"
fi
flock -u 9
exec 9>&-
[ "${1:-}" = "--prepare" ] && exit 0

cds=()
if [ "${JIEBANG_CDS:-on}" != off ] && [ -s "$root/jiebang.jsa" ]; then
    cds=(-XX:SharedArchiveFile="$root/jiebang.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
exec java "${java_opts[@]}" "${cds[@]}" -jar "$root/launch-micro.jar" "${options[@]}" "${port[@]}" "$@"
