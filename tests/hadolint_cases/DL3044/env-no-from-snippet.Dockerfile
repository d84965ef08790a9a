# DL3044: snippet without FROM
ENV JAVA_HOME=/usr/lib/jvm/java-17 PATH=$JAVA_HOME/bin:$PATH
