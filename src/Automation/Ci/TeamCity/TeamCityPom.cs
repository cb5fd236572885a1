namespace Automation.Ci.TeamCity;

/// <summary>
/// <c>.teamcity/pom.xml</c>: the Maven project that lets an IDE resolve TeamCity's Kotlin DSL libraries from the server
/// (<c>teamcity.server.url</c>) and check <c>settings.kts</c>; the server itself does not need it.
/// </summary>
internal static class TeamCityPom
{
    public const string Content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated from [TeamCity] with the settings: the Maven project for editing settings.kts in an IDE. -->
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <name>TeamCity settings DSL</name>
          <groupId>teamcity.settings</groupId>
          <artifactId>settings</artifactId>
          <version>1.0-SNAPSHOT</version>
          <properties>
            <kotlin.version>1.9.22</kotlin.version>
            <teamcity.dsl.version>1.0-SNAPSHOT</teamcity.dsl.version>
            <!-- Set to the TeamCity server whose DSL libraries the settings use. -->
            <teamcity.server.url>https://teamcity.example.com</teamcity.server.url>
          </properties>
          <repositories>
            <repository>
              <id>jetbrains-all</id>
              <url>https://download.jetbrains.com/teamcity-repository</url>
            </repository>
            <repository>
              <id>teamcity-server</id>
              <url>${teamcity.server.url}/app/dsl-plugins-repository</url>
            </repository>
          </repositories>
          <pluginRepositories>
            <pluginRepository>
              <id>jetbrains-all</id>
              <url>https://download.jetbrains.com/teamcity-repository</url>
            </pluginRepository>
          </pluginRepositories>
          <build>
            <sourceDirectory>${basedir}</sourceDirectory>
            <plugins>
              <plugin>
                <groupId>org.jetbrains.kotlin</groupId>
                <artifactId>kotlin-maven-plugin</artifactId>
                <version>${kotlin.version}</version>
                <executions>
                  <execution>
                    <id>compile</id>
                    <phase>process-sources</phase>
                    <goals>
                      <goal>compile</goal>
                    </goals>
                  </execution>
                </executions>
              </plugin>
              <plugin>
                <groupId>org.jetbrains.teamcity</groupId>
                <artifactId>teamcity-configs-maven-plugin</artifactId>
                <version>${teamcity.dsl.version}</version>
                <configuration>
                  <format>kotlin</format>
                  <dstDir>target/generated-configs</dstDir>
                </configuration>
              </plugin>
            </plugins>
          </build>
          <dependencies>
            <dependency>
              <groupId>org.jetbrains.teamcity</groupId>
              <artifactId>configs-dsl-kotlin-latest</artifactId>
              <version>${teamcity.dsl.version}</version>
              <scope>compile</scope>
            </dependency>
            <dependency>
              <groupId>org.jetbrains.teamcity</groupId>
              <artifactId>configs-dsl-kotlin-plugins-latest</artifactId>
              <version>1.0-SNAPSHOT</version>
              <type>pom</type>
              <scope>compile</scope>
            </dependency>
            <dependency>
              <groupId>org.jetbrains.kotlin</groupId>
              <artifactId>kotlin-stdlib-jdk8</artifactId>
              <version>${kotlin.version}</version>
              <scope>compile</scope>
            </dependency>
            <dependency>
              <groupId>org.jetbrains.kotlin</groupId>
              <artifactId>kotlin-script-runtime</artifactId>
              <version>${kotlin.version}</version>
              <scope>compile</scope>
            </dependency>
          </dependencies>
        </project>

        """;
}
