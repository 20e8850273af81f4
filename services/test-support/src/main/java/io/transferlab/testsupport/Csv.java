package io.transferlab.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV file as the rows a test reads by column name, so its checks do not depend on the columns' order or count. */
public final class Csv {

    private Csv() {
    }

    /** Each row after the header, column name to field; no quoting (TransferLab's CSV files need none). */
    public static List<Map<String, String>> rows(String csv) {
        List<String[]> lines = csv.lines().filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        String[] header = lines.get(0);
        return lines.subList(1, lines.size()).stream().map(fields -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < fields.length ? fields[i] : null);
            }
            return row;
        }).toList();
    }
}
