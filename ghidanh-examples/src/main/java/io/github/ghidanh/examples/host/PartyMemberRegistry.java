package io.github.ghidanh.examples.host;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The "other system" of the example: a party-member registry in an embedded, in-memory H2 database,
 * started in-process. It has its own schema (cells, members, cell meetings, votes), knows nothing of
 * ghidanh, and keeps ratings the way it always has (some rows still carry the pre-2020 wording).
 * All people and numbers are invented.
 */
public final class PartyMemberRegistry implements AutoCloseable {
    private final Connection connection;

    private PartyMemberRegistry(Connection connection) {
        this.connection = connection;
    }

    /** Starts a fresh in-memory registry with its schema and sample rows. */
    public static PartyMemberRegistry startWithSampleData() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:registry-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0", "sa", "");
        PartyMemberRegistry r = new PartyMemberRegistry(c);
        r.createSchema();
        r.insertSampleRows();
        return r;
    }

    public Connection connection() {
        return connection;
    }

    private void createSchema() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TABLE party_committee (
                      code VARCHAR(20) PRIMARY KEY, name VARCHAR(200) NOT NULL, superior VARCHAR(200),
                      symbol VARCHAR(20), place VARCHAR(100), secretary VARCHAR(100))""");
            s.execute("""
                    CREATE TABLE cell (
                      code VARCHAR(20) PRIMARY KEY, committee_code VARCHAR(20) NOT NULL REFERENCES party_committee(code),
                      name VARCHAR(200) NOT NULL, supervisor VARCHAR(100), secretary VARCHAR(100), is_agency BOOLEAN NOT NULL)""");
            s.execute("""
                    CREATE TABLE member (
                      member_no VARCHAR(20) PRIMARY KEY, cell_code VARCHAR(20) NOT NULL REFERENCES cell(code),
                      full_name VARCHAR(100) NOT NULL, birth_year INT, gender CHAR(1), citizen_id VARCHAR(12),
                      job_title VARCHAR(200), workplace VARCHAR(200), civil_servant BOOLEAN NOT NULL,
                      public_employee BOOLEAN NOT NULL, key_leader BOOLEAN NOT NULL, head_of_unit BOOLEAN NOT NULL,
                      rating_text VARCHAR(200), rating_score INT)""");
            s.execute("""
                    CREATE TABLE cell_meeting (
                      id INT PRIMARY KEY, cell_code VARCHAR(20) NOT NULL REFERENCES cell(code),
                      held_on DATE NOT NULL, title VARCHAR(200) NOT NULL, attendees INT NOT NULL)""");
            s.execute("""
                    CREATE TABLE honour_nomination (
                      meeting_id INT NOT NULL REFERENCES cell_meeting(id), member_no VARCHAR(20) NOT NULL REFERENCES member(member_no),
                      votes_for INT NOT NULL, deed_kind VARCHAR(40) NOT NULL, deed VARCHAR(1000) NOT NULL,
                      results VARCHAR(1000), exemplary BOOLEAN NOT NULL, propose_up BOOLEAN NOT NULL,
                      PRIMARY KEY (meeting_id, member_no))""");
        }
    }

    private void insertSampleRows() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO party_committee VALUES ('DU-BC', 'Đảng ủy phường Bắc Cường', 'Đảng bộ thành phố Lào Cai', 'ĐU', 'Bắc Cường', 'Hoàng Văn Sơn')");
            s.execute("INSERT INTO cell VALUES ('CB-TDP5', 'DU-BC', 'Chi bộ Tổ dân phố số 5', 'Lê Thị Bích Ngọc', 'Trần Văn Khoa', FALSE)");
            s.execute("INSERT INTO cell VALUES ('CB-YTE', 'DU-BC', 'Chi bộ Trạm Y tế phường', 'Nông Văn Dũng', 'Phạm Thị Lan', TRUE)");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO member VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            member(p, "DV-0501", "CB-TDP5", "Trần Văn Khoa", 1968, "M", null, "Bí thư chi bộ, Tổ trưởng", "Tổ dân phố số 5", false, false, false, false, "Hoàn thành xuất sắc nhiệm vụ", 93);
            member(p, "DV-0502", "CB-TDP5", "Vũ Thị Thanh Hương", 1981, "F", null, "Chi hội trưởng Chi hội Phụ nữ", "Tổ dân phố số 5", false, false, false, false, "HTXSNV", null);
            member(p, "DV-0503", "CB-TDP5", "Lục Văn Quân", 1975, "M", null, "Đảng viên", "Tổ dân phố số 5", false, false, false, false, "Hoàn thành tốt nhiệm vụ", 81);
            member(p, "DV-0901", "CB-YTE", "Phạm Thị Lan", 1979, "F", "010179004321", "Trạm trưởng Trạm Y tế", "Trạm Y tế phường Bắc Cường", false, true, false, true, "Hoàn thành xuất sắc nhiệm vụ", 95);
            member(p, "DV-0902", "CB-YTE", "Đoàn Minh Châu", 1990, "M", null, "Bác sĩ", "Trạm Y tế phường Bắc Cường", false, true, false, false, "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực", null);
            member(p, "DV-0903", "CB-YTE", "Hà Thị Thu Trang", 1988, "F", null, "Điều dưỡng", "Trạm Y tế phường Bắc Cường", false, true, false, false, "Hoàn thành xuất sắc nhiệm vụ", 91);
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO cell_meeting VALUES (?,?,?,?,?)")) {
            meeting(p, 1, "CB-TDP5", LocalDate.of(2025, 12, 5), "Hội nghị Chi bộ Tổ dân phố số 5 tháng 12/2025", 24);
            meeting(p, 2, "CB-YTE", LocalDate.of(2025, 12, 8), "Hội nghị Chi bộ Trạm Y tế phường tháng 12/2025", 11);
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO honour_nomination VALUES (?,?,?,?,?,?,?,?)")) {
            nomination(p, 1, "DV-0501", 23, "DEDICATION", "Tận tụy với công tác tổ dân phố 15 năm liền",
                    "Tổ dân phố 3 năm liền đạt danh hiệu Tổ dân phố văn hóa; không có hộ vi phạm trật tự đô thị.", false, true);
            nomination(p, 1, "DV-0502", 22, "HELPING_VULNERABLE", "Vận động quỹ Mái ấm tình thương xây 1 nhà cho hội viên nghèo",
                    "Chi hội tăng 18 hội viên; 100% hội viên tham gia tiết kiệm.", false, true);
            nomination(p, 1, "DV-0503", 17, "LAND_DONATION", "Hiến 45 m² đất mở rộng ngõ 7",
                    "Vận động 5 hộ liền kề cùng hiến đất làm đường.", false, false);
            nomination(p, 2, "DV-0901", 11, "WORK_INNOVATION", "Đặt lịch khám và trả kết quả xét nghiệm qua Zalo",
                    "Giảm thời gian chờ khám từ 90 xuống 25 phút; 97% người bệnh hài lòng.", true, true);
            nomination(p, 2, "DV-0902", 9, "BLOOD_DONATION", "Hiến máu tình nguyện 11 lần", "Hoàn thành chỉ tiêu khám chữa bệnh.", false, false);
            nomination(p, 2, "DV-0903", 10, "HELPING_VULNERABLE", "Chăm sóc miễn phí tại nhà cho 6 người cao tuổi neo đơn",
                    "Không để xảy ra sai sót chuyên môn.", true, false);
        }
    }

    private static void member(PreparedStatement p, String no, String cell, String name, int born, String gender,
            String citizenId, String title, String workplace, boolean civil, boolean publicEmployee, boolean keyLeader,
            boolean head, String rating, Integer score) throws SQLException {
        p.setString(1, no);
        p.setString(2, cell);
        p.setString(3, name);
        p.setInt(4, born);
        p.setString(5, gender);
        p.setString(6, citizenId);
        p.setString(7, title);
        p.setString(8, workplace);
        p.setBoolean(9, civil);
        p.setBoolean(10, publicEmployee);
        p.setBoolean(11, keyLeader);
        p.setBoolean(12, head);
        p.setString(13, rating);
        if (score == null) {
            p.setNull(14, java.sql.Types.INTEGER);
        } else {
            p.setInt(14, score);
        }
        p.executeUpdate();
    }

    private static void meeting(PreparedStatement p, int id, String cell, LocalDate on, String title, int attendees)
            throws SQLException {
        p.setInt(1, id);
        p.setString(2, cell);
        p.setObject(3, on);
        p.setString(4, title);
        p.setInt(5, attendees);
        p.executeUpdate();
    }

    private static void nomination(PreparedStatement p, int meeting, String member, int votes, String kind, String deed,
            String results, boolean exemplary, boolean proposeUp) throws SQLException {
        p.setInt(1, meeting);
        p.setString(2, member);
        p.setInt(3, votes);
        p.setString(4, kind);
        p.setString(5, deed);
        p.setString(6, results);
        p.setBoolean(7, exemplary);
        p.setBoolean(8, proposeUp);
        p.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
