# Rabta: build with the Maven wrapper, run on a slim JRE as an unprivileged user.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests && cp target/rabta-*.jar /rabta.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 rabta
USER rabta
COPY --from=build /rabta.jar /app/rabta.jar
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-Xmx512m -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/rabta.jar"]
