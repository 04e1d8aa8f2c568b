# Production image: the portal against an external MariaDB (see docker-compose.yml).
# The production profile leaves out the embedded MariaDB binaries and Vaadin's dev tools.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/citizen-dialogue-*.jar /app.jar

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 dialogue \
    && mkdir -p /var/lib/citizen-dialogue/security-log && chown -R dialogue /var/lib/citizen-dialogue
USER dialogue
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
# the security log's daily files, kept 183 days by the retention job (decision 024)
ENV JAVA_TOOL_OPTIONS="-Xmx768m -XX:+UseG1GC" TZ=UTC DIALOGUE_SECURITY_LOG_DIR=/var/lib/citizen-dialogue/security-log
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
