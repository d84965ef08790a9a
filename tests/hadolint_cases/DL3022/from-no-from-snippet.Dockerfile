# DL3022: snippet without FROM that copies from a stage
COPY --from=builder /app/dist /usr/share/nginx/html
