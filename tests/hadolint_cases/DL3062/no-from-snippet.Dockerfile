# DL3062: snippet without FROM
RUN go install github.com/air-verse/air
