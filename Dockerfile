# Builds the production jar (Vaadin production bundle) and runs it on a JRE 21.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
COPY frontend frontend
COPY db-changelog db-changelog
RUN ./mvnw -B -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 bridgework
USER bridgework
WORKDIR /app
COPY --from=build /src/target/bridgework-*.jar /app/bridgework.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/bridgework.jar"]
