#!/usr/bin/env bash
# Breaks each promise on purpose, one at a time, and checks that a test notices.
#   scripts/mutate.sh [FILTER...] every break in tests/mutations.txt (or those whose description
#                                 contains one of the FILTERs)
#   scripts/mutate.sh --check     only reads the list: each entry well formed, each line to break
#                                 in its file exactly once, each test named built by tests/
#                                 (seconds, no build; a ctest runs it, and so does every full run
#                                 before it builds anything)
# The breaks are made in a copy of the source tree (./build-mutate/src), never in yours: for
# each, the line is changed there, the tests named for it are rebuilt and run, and the line is
# put back. A break that no test notices, or whose line is no longer in its file exactly once,
# fails the run. Some tests need root (other users, namespaces), as in CI; run as another user,
# the breaks they guard show as not caught.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
check_only=no
if [ "${1:-}" = "--check" ]; then check_only=yes; shift; fi
filters=("$@")
list=$root/tests/mutations.txt
work=$root/build-mutate
src=$work/src
build=$work/build

# Replaces the one occurrence of $2 in file $1 by $3 (where "\n" is a line break); fails when
# there is not exactly one.
apply() {
    FIND=$2 REPLACE=$3 perl -0777 -e '
        my $text = <STDIN>;
        my $find = $ENV{FIND};
        (my $replace = $ENV{REPLACE}) =~ s/\\n/\n/g;
        my $count = () = $text =~ /\Q$find\E/g;
        exit 3 if $count != 1;
        $text =~ s/\Q$find\E/$replace/;
        print STDOUT $text;' < "$1" > "$1.mutated" || { rm -f "$1.mutated"; return 1; }
    mv "$1.mutated" "$1"
}

# A malformed entry would otherwise be found only at the end of a long run, or (two entries run
# together) silently break the wrong line.
check_list() {
    local n=0 entry last_find="" what="" file="" tests="" finds=0 replaces=0 errors=0 scratch
    scratch=$(mktemp)
    trap 'rm -f "$scratch"' RETURN
    local known_tests
    known_tests=$(sed -n 's/^shmchat_add_test(\([a-z_0-9]*\).*/\1/p' "$root/tests/CMakeLists.txt")
    complain() { echo "mutations.txt:$n: $*" >&2; errors=$((errors + 1)); }
    end_block() {
        [ -n "$what$file$tests" ] || [ "$finds" -gt 0 ] || return 0
        [ -n "$what" ] || complain "an entry without 'break:'"
        [ -n "$file" ] || complain "'$what' names no file"
        [ -n "$tests" ] || complain "'$what' names no tests"
        [ "$finds" -gt 0 ] && [ "$finds" -eq "$replaces" ] || complain "'$what' needs find/replace pairs"
        local t
        for t in $tests; do
            grep -qx "${t%%:*}" <<<"$known_tests" || complain "'$what' names ${t%%:*}, which tests/ does not build"
        done
        what=""; file=""; tests=""; finds=0; replaces=0
    }
    while IFS= read -r entry || [ -n "$entry" ]; do
        n=$((n + 1))
        case $entry in
            "#"*) ;;
            "") end_block ;;
            "break: "*) [ -z "$what" ] || complain "'${entry#break: }' starts inside '$what' (a blank line is missing)"
                        what=${entry#break: } ;;
            "file: "*) [ -z "$file" ] || complain "a second 'file:' in '$what'"
                       file=${entry#file: }
                       if [ -f "$root/$file" ]; then cp "$root/$file" "$scratch"; else complain "no file $file"; fi ;;
            "find: "*) finds=$((finds + 1)); last_find=${entry#find: }
                       # Applied in order, as a run applies them.
                       [ -z "$file" ] || [ ! -f "$root/$file" ] || FIND=${entry#find: } perl -0777 -ne \
                           'my $c = () = /\Q$ENV{FIND}\E/g; exit($c == 1 ? 0 : 3)' "$scratch" ||
                           complain "'$what': \"${entry#find: }\" is not in $file exactly once" ;;
            "replace: "*) replaces=$((replaces + 1))
                          [ -z "$file" ] || [ ! -f "$root/$file" ] || apply "$scratch" "$last_find" "${entry#replace: }" || true ;;
            "tests: "*) [ -z "$tests" ] || complain "a second 'tests:' in '$what'"
                        tests=${entry#tests: } ;;
            *) complain "cannot read: $entry" ;;
        esac
    done < "$list"
    end_block
    [ "$errors" -eq 0 ]
}
check_list || { echo "mutate: tests/mutations.txt needs mending (above)" >&2; exit 2; }
[ "$check_only" = no ] || exit 0

scripts/install-deps.sh

# The tree as it is now, committed or not (ignored files, such as build folders, left out).
rm -rf "$src"
mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$src"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel >/dev/null

# Some breaks strand a room's segment where no test can reach it any more (that is what they
# break). What this run leaves unattached, of this user, is removed at the end.
unattached_segments() {
    command -v ipcs >/dev/null 2>&1 || return 0
    ipcs -m | awk -v me="$(id -un)" 'NR > 3 && NF && $3 == me && $6 == 0 {print $2}' | sort
}
segments_before=$(unattached_segments)

caught=0; survived=0; stale=0
# One break: a file, and one or more find/replace pairs applied in order.
run_block() {
    local what=$1 file=$2 tests=$3
    [ -n "$what" ] || return 0
    if [ ${#filters[@]} -gt 0 ]; then
        local wanted=no f
        for f in "${filters[@]}"; do
            case $what in *"$f"*) wanted=yes ;; esac
        done
        [ "$wanted" = yes ] || return 0
    fi
    local line i
    for i in "${!finds[@]}"; do
        if ! apply "$src/$file" "${finds[$i]}" "${replaces[$i]}"; then
            cp "$root/$file" "$src/$file"
            stale=$((stale + 1))
            echo "STALE     $what (\"${finds[$i]}\" is not in $file exactly once)"
            return 0
        fi
    done
    local noticed=no started=$SECONDS targets=() test
    for test in $tests; do targets+=("${test%%:*}"); done
    if ! cmake --build "$build" --parallel --target "${targets[@]}" >/dev/null 2>&1; then
        # A break that does not compile proves nothing: the list needs mending.
        cp "$root/$file" "$src/$file"
        stale=$((stale + 1))
        echo "BROKEN    $what (does not build)"
        return 0
    else
        for test in $tests; do
            local exe=${test%%:*} function=""
            [ "$test" != "$exe" ] && function=${test#*:}
            # shellcheck disable=SC2086
            if ! (cd "$build/tests" && QT_QPA_PLATFORM=offscreen timeout 600 "./$exe" $function >/dev/null 2>&1); then
                noticed="yes ($test)"
                break
            fi
        done
    fi
    cp "$root/$file" "$src/$file"
    if [ "$noticed" = no ]; then
        survived=$((survived + 1))
        line="SURVIVED  $what   [$tests]"
    else
        caught=$((caught + 1))
        line="caught    $what: $noticed, $((SECONDS - started)) s"
    fi
    echo "$line"
}

what=""; file=""; tests=""; finds=(); replaces=()
while IFS= read -r entry || [ -n "$entry" ]; do
    case $entry in
        "#"*) continue ;;
        "")
            run_block "$what" "$file" "$tests"
            what=""; file=""; tests=""; finds=(); replaces=()
            ;;
        "break: "*) what=${entry#break: } ;;
        "file: "*) file=${entry#file: } ;;
        "find: "*) finds+=("${entry#find: }") ;;
        "replace: "*) replaces+=("${entry#replace: }") ;;
        "tests: "*) tests=${entry#tests: } ;;
        *) echo "mutate: cannot read line: $entry" >&2; exit 2 ;;
    esac
done < "$list"
run_block "$what" "$file" "$tests"

for id in $(comm -13 <(echo "$segments_before") <(unattached_segments)); do
    ipcrm -m "$id" 2>/dev/null || true
done

echo
echo "mutations: $caught caught, $survived survived, $stale stale or broken"
[ "$survived" -eq 0 ] && [ "$stale" -eq 0 ]
