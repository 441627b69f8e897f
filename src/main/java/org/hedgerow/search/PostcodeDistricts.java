package org.hedgerow.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The default geocoder: the approximate centre of each postcode district of Derby and Derbyshire (and the
 * Sheffield, Stockport and Nottingham districts that reach into the county), read from a small file
 * shipped with the app, {@code geo/postcode-districts.csv} ({@code district,latitude,longitude,place}).
 * Needs no network. A full postcode is placed at its district's centre: close enough to find what is
 * nearby within a few kilometres, and the reason why the search radius starts at 5 km.
 */
class PostcodeDistricts implements Geocoder {

    static final String FILE = "geo/postcode-districts.csv";

    private final Map<String, Location> districts;

    PostcodeDistricts() {
        this(new ClassPathResource(FILE));
    }

    PostcodeDistricts(Resource file) {
        this.districts = read(file);
    }

    @Override
    public Optional<Location> locate(Postcode postcode) {
        return Optional.ofNullable(districts.get(postcode.district()));
    }

    /** The districts this geocoder knows, with their centres. */
    Map<String, Location> districts() {
        return Map.copyOf(districts);
    }

    private static Map<String, Location> read(Resource file) {
        var districts = new HashMap<String, Location>();
        try (var lines = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("district,")) {
                    continue;
                }
                String[] fields = line.split(",", 4);
                if (fields.length != 4) {
                    throw new IllegalStateException(FILE + " line " + number + ": expected district,latitude,longitude,place");
                }
                districts.put(fields[0].strip(), new Location(Double.parseDouble(fields[1].strip()),
                        Double.parseDouble(fields[2].strip()), fields[3].strip()));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + FILE, ex);
        }
        return districts;
    }
}
