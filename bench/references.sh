# Sourced by scripts/bench and bench/instructions-table.sh: the references answer exactly what
# vitrine answers, headers included (only those libmicrohttpd or nginx add themselves differ:
# Date, Content-Length, Connection; nginx adds Server, Last-Modified and Accept-Ranges too).

# capture_route URL DIR NAME: writes DIR/NAME (the body) and DIR/NAME.headers ("Name: value"
# lines, without the status line and the headers the server library adds itself).
capture_route() {
  local url=$1 dir=$2 name=$3
  curl -fsS -D "$dir/$name.raw" -o "$dir/$name" "$url"
  tr -d '\r' < "$dir/$name.raw" | grep -v -i -E '^(HTTP/|date:|content-length:|connection:|keep-alive:|$)' \
    > "$dir/$name.headers"
  rm "$dir/$name.raw"
  chmod 644 "$dir/$name" "$dir/$name.headers"
}

# route_file ROUTE: the file name a route's bytes are kept under.
route_file() { echo "$1" | tr '/.' '__'; }

# nginx_location ROUTE DIR: a location answering the captured body with the captured headers.
nginx_location() {
  local route=$1 dir=$2 name type
  name=$(route_file "$route")
  type=$(grep -i '^content-type:' "$dir/$name.headers" | cut -d' ' -f2-)
  printf '    location = %s { root %s; try_files /%s =404; default_type "%s"; types { }\n' "$route" "$dir" "$name" "$type"
  grep -v -i '^content-type:' "$dir/$name.headers" | while IFS= read -r line; do
    local value=${line#*: }
    value=${value//\\/\\\\}
    printf '      add_header %s "%s" always;\n' "${line%%:*}" "${value//\"/\\\"}"
  done
  printf '    }\n'
}

# same_headers URL_A URL_B: fails unless both answer the same header lines (Date aside).
same_headers() {
  diff <(curl -fsS -D - -o /dev/null "$1" | tr -d '\r' | grep -v -i '^date:' | sort) \
       <(curl -fsS -D - -o /dev/null "$2" | tr -d '\r' | grep -v -i '^date:' | sort)
}
