#!/usr/bin/env bash
# The four pages of issue 14's targets, measured with wrk (Debian package "wrk"), the tool of the issue's own figures:
# a closed loop over keep-alive connections whose client costs a fraction of the JVM benchmark's (PageBenchmark
# --cpu=self measured 0.57 ms of CPU a home page for the Java client, on the same two cores as Rabta).
#
#   src/bench/wrk/pages.sh --url=http://localhost:8103 [--user=fia.lahore] [--password=...] [--duration=20]
#                          [--runs=3] [--warmup=60] [--jvm=<Rabta's pid>] [--postgres=<postmaster's pid>]
#
# Signs in once with curl (one session, as a person at one browser), reads the case numbers of the first list page,
# warms each page, then runs each --runs times: home and a random case of those at 32 connections, the first list
# page and the name search "Mohamad Aslam" at 8. With --jvm and --postgres it also prints the CPU milliseconds per
# request of each process (and, for PostgreSQL, its children: the connections' backends and background workers),
# read from /proc. Linux only; asserts nothing.
set -euo pipefail

url=http://localhost:8080 user=fia.lahore password=${RABTA_DEMO_PASSWORD:-Rabta-demo-2026}
duration=20 runs=3 warmup=60 jvm= postgres=
for arg in "$@"; do
    case $arg in
        --url=*) url=${arg#*=} ;; --user=*) user=${arg#*=} ;; --password=*) password=${arg#*=} ;;
        --duration=*) duration=${arg#*=} ;; --runs=*) runs=${arg#*=} ;; --warmup=*) warmup=${arg#*=} ;;
        --jvm=*) jvm=${arg#*=} ;; --postgres=*) postgres=${arg#*=} ;;
        *) echo "unknown option $arg" >&2; exit 2 ;;
    esac
done
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Signing in: the form's CSRF token, then the session cookie that every request of the run carries.
csrf=$(curl -s -c "$work/jar" "$url/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$work/jar" -c "$work/jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
     --data-urlencode "_csrf=$csrf" "$url/login"
session=$(awk '$6 == "SESSION" { print $7 }' "$work/jar")
[ -n "$session" ] || { echo "sign-in failed for $user" >&2; exit 1; }
cookie="Cookie: SESSION=$session"

curl -s -H "$cookie" "$url/cases" | grep -o 'href="/cases/[A-Z][A-Z]-[0-9]*-[0-9]*"' | sed 's/href="//; s/"$//' | sort -u > "$work/cases"
[ -s "$work/cases" ] || { echo "no case on the first list page of $user" >&2; exit 1; }
{ echo 'paths = {'; sed 's/.*/"&",/' "$work/cases"; echo '}'
  echo 'request = function() return wrk.format("GET", paths[math.random(#paths)]) end'; } > "$work/cases.lua"

ticks() { # utime + stime of a process, with its children when asked
    local total=0 pid
    for pid in "$1" $( [ "${2:-}" = children ] && cat /proc/"$1"/task/*/children 2>/dev/null ); do
        total=$(( total + $(awk '{ print $14 + $15 }' /proc/"$pid"/stat 2>/dev/null || echo 0) ))
    done
    echo "$total"
}

# page name, connections, path, and for the case pages the script choosing one per request
measure() {
    local name=$1 connections=$2 path=$3 script=${4:-} out requests jvm0 pg0
    wrk -t2 -c"$connections" -d"${warmup}s" ${script:+-s "$script"} -H "$cookie" "$url$path" > /dev/null
    for _ in $(seq "$runs"); do
        [ -n "$jvm" ] && jvm0=$(ticks "$jvm"); [ -n "$postgres" ] && pg0=$(ticks "$postgres" children)
        out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency ${script:+-s "$script"} -H "$cookie" "$url$path")
        requests=$(awk '/requests in/ { print $1 }' <<< "$out")
        printf '%-28s %3d conn  %8s req/s  p50 %9s  p99 %9s  non-2xx %s' "$name" "$connections" \
            "$(awk '/Requests\/sec/ { print $2 }' <<< "$out")" "$(awk '$1 == "50%" { print $2 }' <<< "$out")" \
            "$(awk '$1 == "99%" { print $2 }' <<< "$out")" "$(awk '/Non-2xx/ { print $NF }' <<< "$out" | grep . || echo 0)"
        # a tick is 10 ms (CLK_TCK 100)
        [ -n "$jvm" ] && printf '  JVM %s ms' "$(bc <<< "scale=2; ($(ticks "$jvm") - $jvm0) * 10 / $requests")"
        [ -n "$postgres" ] && printf '  PostgreSQL %s ms' "$(bc <<< "scale=2; ($(ticks "$postgres" children) - $pg0) * 10 / $requests")"
        echo
    done
}

measure "home" 32 /
measure "case page (random of 25)" 32 / "$work/cases.lua"
measure "case list, first page" 8 /cases
measure "name search" 8 "/cases?q=Mohamad%20Aslam"
