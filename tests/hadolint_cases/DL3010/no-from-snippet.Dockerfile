# DL3010: learner snippet without FROM
COPY site.tar.gz /var/www/
RUN tar -xzf /var/www/site.tar.gz -C /var/www
