# One image recipe for every app: docker compose passes the module to package.
# Build the jars first: ./mvnw -DskipTests install
FROM eclipse-temurin:17-jre
ARG MODULE
COPY ${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
USER 65534
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
