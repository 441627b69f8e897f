# The app image for docker-compose.yml. Build the jar first: ./mvnw -DskipTests package
#
# The jar is extracted (a plain class path: the JDK cannot cache classes from Spring Boot's nested jars) and the
# JDK's AOT cache is made here, in the image, by a training start that stops once the context is refreshed: the
# cache belongs to the JVM that made it, so it must be this image's JVM, not the build machine's (see README,
# "Faster start"; ./bench startup measures the same arrangement with ./mvnw -Paot package).
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV JAVA_TOOL_OPTIONS="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
COPY target/hedgerow-*.jar /tmp/hedgerow.jar
RUN java -Djarmode=tools -jar /tmp/hedgerow.jar extract --destination /app \
 && rm /tmp/hedgerow.jar \
 && java -XX:AOTCacheOutput=/app/hedgerow.aot -Xlog:aot*=error -Dspring.context.exit=onRefresh \
      -jar /app/hedgerow.jar --hedgerow.neo4j.embedded.data-dir=/tmp/training --server.port=0 \
      --logging.level.root=WARN --spring.main.banner-mode=off \
 && rm -rf /tmp/training
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/hedgerow.aot", "-Xlog:aot*=error", "-jar", "/app/hedgerow.jar"]
