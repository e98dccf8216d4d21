"""Fixture portal: one school on a city's shared school-network portal (many units, one host).

Why: the largest group of school sites in the survey lives on one vendor platform that a city's
education department runs for all its schools. Here every unit lives under its own path prefix
on one host: the department (``/sgd/``), three schools and two schools that have not published
yet. The crawl starts at ONE school (``/thcs-chu-van-an/``); the gold holds only its articles.

What it prints, for every unit, from one template: a platform top bar with the header clock, a
"Các trường" menu and a link to the department's portal (other prefixes on the same host); the
school's banner and menu; category listings ``/<unit>/<cat>/c/<catId>`` paged with ``?page=N``;
articles at ``/<unit>/<cat>/<slug>/ct/<catId>/<postId>`` and the very same post again in the
full-width template at ``/<unit>/ctfull/<catId>/<postId>`` (the home page's "Tin nổi bật" slider
and the box of news from other schools link that form; neither form declares a canonical, and
``og:url`` is the address asked for); a right column with search, "Tin mới", the department's
news, news of other schools, a links dropdown, a poll and a visitor counter; "Các tin khác" with
dates under each article; tools (print, e-mail, share); intro pages rendered straight into their
category page; a weekly work calendar ``/<unit>/lich-cong-tac?tuan=N&nam=Y`` whose "Tuần sau"
link goes on week after week (served for 26 weeks either side of today's week, 404 beyond);
site search ``/<unit>/Timkiem?q=…`` (a GET form, disallowed in robots.txt); a poll result page;
one ``sitemap.xml`` per unit, announced in the host's robots.txt, listing two posts by their
``ctfull`` form. Images sit under the host's shared ``/uploadimages/<unit>/…`` or on the city's
file server (another host); the attachment sits under the host's ``/data/…``. Some article text
is stored decomposed (NFD) and one notice mixes character references into raw UTF-8, as pasted
from old editors. Captions are the centred italic line under a photo, often in parentheses, or
the second row of a CKEditor image table. Gold follows shared/real-pages/SOURCES.md.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "edu_network_school"
PLATFORM = "edu_network"
START_PATH = "/thcs-chu-van-an/"

PLATFORM_NAME = "Cổng thông tin điện tử ngành Giáo dục thành phố Hải Phòng"
PER_PAGE = 3
#: the city's file server: another host, nothing is served there
FILES = "http://127.0.0.2:8088/data/hpedu"
#: "today": the header clock's date, the work calendar's current week
TODAY_DATE = date(2026, 11, 25)
CALENDAR_SPAN_WEEKS = 26


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    kind: str  # "sgd" | "school" | "stub"
    cats: tuple[tuple[int, str, str], ...] = ()  # (catId, slug, name) of news categories
    intro: tuple[tuple[int, str, str], ...] = ()  # (catId, slug, name) of intro pages
    address: str = ""
    phone: str = ""
    email: str = ""
    head: str = ""

    @property
    def prefix(self) -> str:
        return f"/{self.code}"

    def cat_by_slug(self, slug: str) -> tuple[int, str, str] | None:
        return next((c for c in self.cats if c[1] == slug), None)

    def cat_by_id(self, cat_id: int) -> tuple[int, str, str] | None:
        return next((c for c in (*self.cats, *self.intro) if c[0] == cat_id), None)


UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit(
            "sgd",
            "Sở Giáo dục và Đào tạo Hải Phòng",
            "sgd",
            cats=((11, "tin-tuc-su-kien", "Tin tức - Sự kiện"),),
            address="Số 10 đường Võ Thị Sáu, phường Ngô Quyền, thành phố Hải Phòng",
            phone="0225 3 842 675",
            email="sgddt@haiphong.edu.vn",
            head="Giám đốc Sở Giáo dục và Đào tạo",
        ),
        Unit(
            "thcs-chu-van-an",
            "Trường THCS Chu Văn An",
            "school",
            cats=(
                (1203, "tin-tuc-su-kien", "Tin tức - Sự kiện"),
                (1204, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
                (1205, "thong-bao", "Thông báo"),
            ),
            intro=((1201, "gioi-thieu", "Giới thiệu chung"), (1202, "co-cau-to-chuc", "Cơ cấu tổ chức")),
            address="Số 15 phố Lạch Tray, phường Gia Viên, thành phố Hải Phòng",
            phone="0225 3 826 447",
            email="c2chuvanan@haiphong.edu.vn",
            head="Hiệu trưởng Phạm Thị Thu Hương",
        ),
        Unit(
            "th-le-van-tam",
            "Trường Tiểu học Lê Văn Tám",
            "school",
            cats=((2301, "tin-tuc-su-kien", "Tin tức - Sự kiện"), (2302, "thong-bao", "Thông báo")),
            intro=((2300, "gioi-thieu", "Giới thiệu chung"),),
            address="Số 8 phố Cát Cụt, phường Lê Chân, thành phố Hải Phòng",
            phone="0225 3 857 219",
            email="c1levantam@haiphong.edu.vn",
            head="Hiệu trưởng Bùi Thị Lan",
        ),
        Unit(
            "mn-hoa-phuong",
            "Trường Mầm non Hoa Phượng",
            "school",
            cats=((2401, "hoat-dong-cua-be", "Hoạt động của bé"),),
            intro=((2400, "gioi-thieu", "Giới thiệu chung"),),
            address="Số 27 phố Văn Cao, phường Gia Viên, thành phố Hải Phòng",
            phone="0225 3 640 118",
            email="mnhoaphuong@haiphong.edu.vn",
            head="Hiệu trưởng Đinh Thị Thủy",
        ),
        Unit("thcs-tran-phu", "Trường THCS Trần Phú", "stub"),
        Unit("thpt-thai-phien", "Trường THPT Thái Phiên", "stub"),
    )
}
SCHOOL = UNITS["thcs-chu-van-an"]

_UP = "/uploadimages/thcschuvanan/news/2026"


def _story(unit: str, **kw) -> Story:
    opts = kw.pop("opts", {})
    return Story(**kw, opts={"unit": unit, **opts})


# opts: unit, when (the date line as printed), nfd (content stored decomposed), entities (old
# editor's character references, every second letter), attach (href, file name), sitemap_full
# (the unit's sitemap lists the ctfull form).
STORIES: list[Story] = [
    # ---------------------------------------------------------------- THCS Chu Văn An (gold)
    _story(
        "thcs-chu-van-an",
        id=784390,
        slug="thong-bao-lich-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra đánh giá cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23T07:15:00+07:00",
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra đánh giá cuối học kỳ I như sau:"),
            P("Khối 6, 7: từ ngày 14/12 đến ngày 18/12/2026;", "li"),
            P("Khối 8, 9: từ ngày 21/12 đến ngày 25/12/2026.", "li"),
            P("Lịch kiểm tra từng môn được gửi tới giáo viên chủ nhiệm và đăng trên nhóm Zalo của các lớp."),
        ],
        opts={"when": "23/11/2026 07:15"},
    ),
    _story(
        "thcs-chu-van-an",
        id=784215,
        slug="truong-thcs-chu-van-an-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường THCS Chu Văn An tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:45:00+07:00",
        summary=(
            "Sáng ngày 20/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Chu Văn An long"
            " trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tôn vinh những đóng góp thầm"
            " lặng của đội ngũ thầy cô giáo nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự buổi lễ có đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND phường Gia Viên; đại"
                " diện Ban Thường trực Ủy ban MTTQ Việt Nam phường; Ban đại diện cha mẹ học sinh; các"
                " thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn"
                " 1.300 học sinh nhà trường."
            ),
            Img(
                f"{_UP}/11/le-ky-niem-20-11-2026-1.jpg",
                "(Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam)",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "center_em",
            ),
            P(
                "Ôn lại truyền thống, cô Phạm Thị Thu Hương, Hiệu trưởng nhà trường cho biết: năm học"
                " 2025 - 2026, nhà trường có 86 học sinh đạt giải học sinh giỏi cấp thành phố, tỷ lệ"
                " học sinh lớp 9 trúng tuyển vào lớp 10 công lập đạt 92,4%; tập thể nhà trường được"
                " UBND thành phố tặng Cờ thi đua xuất sắc."
            ),
            P(
                "Thay mặt Ban Giám hiệu, cô Hiệu trưởng gửi lời tri ân tới các thế hệ thầy cô giáo,"
                " cảm ơn sự quan tâm, đồng hành của chính quyền địa phương và cha mẹ học sinh; đồng"
                " thời mong muốn mỗi thầy cô tiếp tục nêu cao tinh thần tự học, đổi mới phương pháp,"
                " xứng đáng với niềm tin yêu của học sinh và nhân dân."
            ),
            Img(
                f"{_UP}/11/le-ky-niem-20-11-2026-2.jpg",
                "(Cô Phạm Thị Thu Hương, Hiệu trưởng nhà trường phát biểu tại buổi lễ)",
                "Cô Phạm Thị Thu Hương, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "center_em",
            ),
            P(
                "Tại buổi lễ, nhà trường đã trao Giấy khen cho 12 giáo viên đạt danh hiệu giáo viên"
                " dạy giỏi cấp trường và 5 giáo viên có học sinh đạt giải cao trong kỳ thi chọn học"
                " sinh giỏi cấp thành phố. Đại diện Liên đội đã tặng những bó hoa tươi thắm cùng lời"
                " chúc mừng tới các thầy cô."
            ),
            Img(
                f"{_UP}/11/le-ky-niem-20-11-2026-3.jpg",
                "(Tiết mục văn nghệ của học sinh chào mừng ngày 20/11)",
                "Tiết mục văn nghệ của học sinh chào mừng ngày 20/11",
                "center_em",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ do chính các em học sinh dàn dựng, với"
                " những ca khúc, điệu múa ngợi ca công ơn thầy cô và mái trường mến yêu."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thu Trang</strong></p>'),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        opts={"when": "20/11/2026 10:45"},
    ),
    _story(
        "thcs-chu-van-an",
        id=784102,
        slug="hoi-thao-chuyen-de-day-hoc-mon-toan-theo-huong-phat-trien-nang-luc-tu-duy",
        title=(
            "Hội thảo chuyên đề “Dạy học môn Toán theo hướng phát triển năng lực tư duy và lập luận"
            " toán học”"
        ),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12T15:00:00+07:00",
        summary=(
            "Ngày 10/11/2026, tổ Toán - Tin Trường THCS Chu Văn An tổ chức hội thảo chuyên đề cấp"
            " trường nhằm chia sẻ kinh nghiệm tổ chức các hoạt động học tập giúp học sinh phát triển"
            " năng lực tư duy và lập luận toán học."
        ),
        blocks=[
            P(
                "Ngày 10/11/2026, tổ Toán - Tin Trường THCS Chu Văn An tổ chức hội thảo chuyên đề cấp"
                " trường nhằm chia sẻ kinh nghiệm tổ chức các hoạt động học tập giúp học sinh phát triển"
                " năng lực tư duy và lập luận toán học.",
                "strong",
            ),
            P(
                "Tham dự hội thảo có thầy Vũ Đức Thắng, Phó Hiệu trưởng phụ trách chuyên môn cùng 16"
                " giáo viên tổ Toán - Tin và giáo viên cốt cán các môn khoa học tự nhiên."
            ),
            P("Hội thảo tập trung vào ba nội dung chính:"),
            P(
                "Thiết kế chuỗi câu hỏi gợi mở giúp học sinh tự phát hiện và phát biểu tính chất hình"
                " học;",
                "li",
            ),
            P("Sử dụng phần mềm GeoGebra trong dạy học chủ đề hàm số và đồ thị ở lớp 9;", "li"),
            P(
                "Xây dựng bài tập thực tiễn gắn với chủ đề tài chính cá nhân và đo đạc trong đời sống.",
                "li",
            ),
            Img(
                f"{_UP}/11/hoi-thao-toan-10-11.jpg",
                "Cô Đỗ Thị Mai Anh trình bày tham luận tại hội thảo",
                "Cô Đỗ Thị Mai Anh trình bày tham luận tại hội thảo",
                "center_em",
            ),
            P(
                "Các ý kiến thảo luận đều thống nhất: việc để học sinh được trình bày, phản biện lời"
                " giải của bạn và tự rút ra kết luận giúp các em hiểu bản chất vấn đề, tránh học thuộc"
                " lòng công thức một cách máy móc."
            ),
            P(
                "Kết thúc hội thảo, thầy Phó Hiệu trưởng đề nghị tổ chuyên môn hoàn thiện các tham"
                " luận thành tài liệu sinh hoạt chuyên môn dùng chung và tổ chức dạy minh họa trong"
                " tháng 12/2026."
            ),
            Raw('<p style="text-align: right;">Đỗ Thị Mai Anh</p>'),
        ],
        authors=["Đỗ Thị Mai Anh"],
        opts={"when": "12/11/2026 15:00"},
    ),
    _story(
        "thcs-chu-van-an",
        id=783980,
        slug="ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-09T10:00:00+07:00",
        blocks=[
            P(
                "Trường THCS Chu Văn An trân trọng gửi tới các tổ chuyên môn Kế hoạch tổ chức Hội thi"
                " giáo viên dạy giỏi cấp trường năm học 2026 - 2027 (chi tiết trong tệp đính kèm)."
            ),
        ],
        opts={
            "when": "09/11/2026 10:00",
            "attach": (
                "/data/hpedu/thcschuvanan/2026_11/ke-hoach-hoi-thi-gvdg-cap-truong-2026-2027.pdf",
                "ke-hoach-hoi-thi-gvdg-cap-truong-2026-2027.pdf",
            ),
        },
    ),
    _story(
        "thcs-chu-van-an",
        id=783640,
        slug="soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T16:20:00+07:00",
        blocks=[
            P(
                "Từ ngày 26 đến 29/10/2026, Trường THCS Chu Văn An tổ chức Hội khỏe Phù Đổng cấp"
                " trường năm học 2026 - 2027 với sự tham gia của gần 500 vận động viên là học sinh của"
                " 32 lớp."
            ),
            P(
                "Các em thi đấu ở 6 môn: bóng đá nam, bóng chuyền nữ, cầu lông, cờ vua, kéo co và điền"
                " kinh. Các trận đấu diễn ra sôi nổi, quyết liệt nhưng trung thực, cao thượng, thể"
                " hiện tinh thần thể thao và tình đoàn kết giữa các lớp."
            ),
            Img(
                f"{FILES}/thcschuvanan/2026_10/hkpd-cap-truong-chung-ket-bong-da.jpg",
                "Trận chung kết bóng đá nam giữa lớp 9A3 và lớp 9A5",
                "Trận chung kết bóng đá nam giữa lớp 9A3 và lớp 9A5",
                "table",
            ),
            P(
                "Kết quả, lớp 9A3 giành giải Nhất môn bóng đá nam, lớp 8A1 giành giải Nhất môn bóng"
                " chuyền nữ; giải Nhất toàn đoàn thuộc về khối 9. Ban tổ chức đã trao 48 bộ huy"
                " chương cho các cá nhân và tập thể đạt thành tích cao."
            ),
            Img(
                f"{FILES}/thcschuvanan/2026_10/hkpd-cap-truong-keo-co.jpg",
                "Phần thi kéo co của học sinh khối 7",
                "Phần thi kéo co của học sinh khối 7",
                "table",
            ),
            P(
                "Thông qua hội khỏe, nhà trường lựa chọn được 36 vận động viên tiêu biểu để thành lập"
                " đội tuyển tham dự Hội khỏe Phù Đổng thành phố Hải Phòng năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Bài: Lê Minh Đức - Ảnh: Hoàng Nam</strong></p>'),
        ],
        authors=["Lê Minh Đức"],
        photographers=["Hoàng Nam"],
        opts={"when": "30/10/2026 16:20"},
    ),
    _story(
        "thcs-chu-van-an",
        id=783215,
        slug="ket-qua-thi-chon-doi-tuyen-hoc-sinh-gioi-lop-9-cap-truong",
        title="Kết quả thi chọn đội tuyển học sinh giỏi lớp 9 cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-15T08:00:00+07:00",
        # the table: one paragraph per row, cells joined by " | " (header row included)
        blocks=[
            P(
                "Ngày 10/10/2026, nhà trường đã tổ chức thi chọn đội tuyển học sinh giỏi lớp 9 cấp"
                " trường ở 9 môn văn hóa. Kết quả số học sinh được chọn vào đội tuyển như sau:"
            ),
            P("Môn thi | Số học sinh dự thi | Số học sinh vào đội tuyển", "th"),
            P("Ngữ văn | 24 | 6", "tr"),
            P("Toán | 31 | 6", "tr"),
            P("Tiếng Anh | 28 | 6", "tr"),
            P("Vật lí | 15 | 4", "tr"),
            P("Hóa học | 14 | 4", "tr"),
            P("Sinh học | 12 | 4", "tr"),
            P("Lịch sử | 10 | 4", "tr"),
            P("Địa lí | 9 | 4", "tr"),
            P("Tin học | 11 | 3", "tr"),
            P(
                "Các em trong đội tuyển bắt đầu học bồi dưỡng từ ngày 19/10/2026 theo thời khóa biểu"
                " riêng. Danh sách chi tiết được gửi tới giáo viên chủ nhiệm các lớp khối 9."
            ),
        ],
        opts={"when": "15/10/2026 08:00"},
    ),
    _story(
        "thcs-chu-van-an",
        id=782951,
        slug="ngoai-khoa-tuyen-truyen-an-toan-giao-thong-cho-hoc-sinh",
        title="Ngoại khóa tuyên truyền an toàn giao thông cho học sinh",
        cat="tin-tuc-su-kien",
        published_at="2026-10-02T09:10:00+07:00",
        blocks=[
            P(
                "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông, sáng ngày"
                " 01/10/2026, Trường THCS Chu Văn An phối hợp với Đội Cảnh sát giao thông - Công an"
                " thành phố Hải Phòng tổ chức buổi ngoại khóa tuyên truyền an toàn giao thông cho toàn"
                " thể học sinh."
            ),
            P(
                "Tại buổi ngoại khóa, báo cáo viên đã phổ biến các quy định về đội mũ bảo hiểm khi ngồi"
                " trên xe mô tô, xe gắn máy, xe đạp điện; quy định về độ tuổi được điều khiển phương"
                " tiện và những hành vi bị nghiêm cấm khi tham gia giao thông. Nhiều tình huống thực tế"
                " được đưa ra phân tích giúp học sinh dễ hiểu, dễ nhớ."
            ),
            Img(
                f"{_UP}/10/z6983412250117_5d1e3c9b7a2f4e8d0c6b1a3f5e7d9c2b.jpg",
                "z6983412250117_5d1e3c9b7a2f4e8d0c6b1a3f5e7d9c2b.jpg",
                None,
                "center_em",
            ),
            P(
                "Dịp này, nhà trường đã tổ chức cho 100% học sinh ký cam kết chấp hành Luật Trật tự,"
                " an toàn giao thông đường bộ và phát động phong trào “Cổng trường an toàn giao thông”"
                " năm học 2026 - 2027."
            ),
        ],
        opts={"when": "02/10/2026 09:10", "nfd": True},
    ),
    _story(
        "thcs-chu-van-an",
        id=782705,
        slug="thong-bao-tuyen-chon-hoc-sinh-tham-gia-cau-lac-bo-robotics",
        title="Thông báo tuyển chọn học sinh tham gia Câu lạc bộ Robotics năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-09-24T16:40:00+07:00",
        blocks=[
            P(
                "Nhằm phát triển phong trào giáo dục STEM, nhà trường thành lập Câu lạc bộ Robotics dành"
                " cho học sinh khối 6, 7 và 8 yêu thích lập trình, lắp ráp robot."
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Bảy hằng tuần tại phòng Tin học số 2, mỗi buổi 90"
                " phút, do thầy Phạm Tuấn Anh, giáo viên Tin học phụ trách. Học sinh không phải đóng học"
                " phí; nhà trường bố trí bộ lắp ráp dùng chung."
            ),
            P(
                "Học sinh có nguyện vọng đăng ký với giáo viên chủ nhiệm trước ngày 30/9/2026. Số lượng"
                " tối đa: 30 học sinh."
            ),
        ],
        opts={"when": "24/09/2026 16:40", "entities": True},
    ),
    _story(
        "thcs-chu-van-an",
        id=782480,
        slug="boi-duong-thuong-xuyen-nam-2026-nang-cao-nang-luc-ung-dung-tri-tue-nhan-tao",
        title="Bồi dưỡng thường xuyên năm 2026: Nâng cao năng lực ứng dụng trí tuệ nhân tạo trong dạy học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-18T14:30:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo Hải Phòng vừa ban hành kế hoạch bồi dưỡng thường xuyên năm 2026"
                " cho đội ngũ cán bộ quản lý, giáo viên các cấp học, trong đó nội dung ứng dụng trí tuệ"
                " nhân tạo (AI) trong dạy học được đặc biệt chú trọng."
            ),
            P(
                "Theo kế hoạch, giáo viên sẽ được tập huấn về cách sử dụng các công cụ AI để hỗ trợ soạn"
                " giáo án, xây dựng ngân hàng câu hỏi, thiết kế học liệu số và cá nhân hóa việc học của"
                " học sinh; đồng thời được trang bị kiến thức về đạo đức, an toàn thông tin khi sử dụng"
                " AI trong nhà trường."
            ),
            P(
                "Các lớp bồi dưỡng được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến, hoàn"
                " thành trước ngày 31/12/2026. Kết quả bồi dưỡng là một trong những căn cứ để đánh giá,"
                " xếp loại giáo viên cuối năm học."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Hải Phòng</em></p>'),
        ],
        source="Báo Hải Phòng",
        opts={"when": "18/09/2026 14:30", "nfd": True, "sitemap_full": True},
    ),
    _story(
        "thcs-chu-van-an",
        id=781877,
        slug="mot-so-hinh-anh-le-khai-giang-nam-hoc-2026-2027",
        title="Một số hình ảnh Lễ khai giảng năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05T10:30:00+07:00",
        blocks=[
            P(
                "Mời quý thầy cô, cha mẹ học sinh cùng các em xem một số hình ảnh trong Lễ khai giảng"
                " năm học mới của nhà trường."
            ),
            Img(f"{_UP}/9/khai-giang-2026-01.jpg", None, None, "plain"),
            Img(f"{_UP}/9/khai-giang-2026-02.jpg", None, None, "plain"),
            Img(f"{_UP}/9/khai-giang-2026-03.jpg", None, None, "plain"),
            Img(f"{FILES}/thcschuvanan/2026_9/khai-giang-2026-04.jpg", None, None, "plain"),
        ],
        opts={"when": "05/09/2026 10:30", "sitemap_full": True},
    ),
    _story(
        "thcs-chu-van-an",
        id=781540,
        slug="tap-huan-chuyen-mon-dau-nam-hoc-2026-2027",
        title="Tập huấn chuyên môn đầu năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-08-20T09:00:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 18 và 19/8/2026, Trường THCS Chu Văn An tổ chức tập huấn chuyên môn đầu"
                " năm học cho 74 cán bộ, giáo viên nhà trường."
            ),
            P(
                "Nội dung tập huấn gồm: xây dựng kế hoạch giáo dục của tổ chuyên môn và kế hoạch bài dạy"
                " theo Công văn 5512; đổi mới kiểm tra, đánh giá theo Thông tư 22/2021/TT-BGDĐT; khai"
                " thác hệ thống học liệu số và sổ điểm điện tử của ngành."
            ),
            Img(
                f"{_UP}/8/tap-huan-chuyen-mon-2026.jpg",
                "(Giáo viên thảo luận nhóm trong buổi tập huấn)",
                "Giáo viên thảo luận nhóm trong buổi tập huấn",
                "center_em",
            ),
            P(
                "Sau mỗi chuyên đề, giáo viên được chia nhóm theo môn để thực hành, trao đổi và thống"
                " nhất cách làm, bảo đảm các tổ chuyên môn triển khai đồng bộ ngay từ tuần học đầu"
                " tiên."
            ),
            Raw('<p style="text-align: right;"><strong>Tác giả: Trần Quang Hải</strong></p>'),
        ],
        authors=["Trần Quang Hải"],
        opts={"when": "20/08/2026 09:00"},
    ),
    _story(
        "thcs-chu-van-an",
        id=781320,
        slug="thong-bao-tuyen-sinh-lop-6-nam-hoc-2026-2027",
        title="Thông báo tuyển sinh lớp 6 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-06-12T08:30:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch tuyển sinh vào lớp 6 năm học 2026 - 2027 của UBND phường Gia Viên,"
                " Trường THCS Chu Văn An thông báo tuyển sinh lớp 6 như sau:"
            ),
            P(
                "Đối tượng: học sinh đã hoàn thành chương trình tiểu học, cư trú trên địa bàn được phân"
                " tuyến;",
                "li",
            ),
            P("Chỉ tiêu: 9 lớp với 405 học sinh;", "li"),
            P(
                "Hình thức: xét tuyển; cha mẹ học sinh đăng ký trực tuyến trên Cổng tuyển sinh đầu cấp"
                " của thành phố từ ngày 01/7 đến ngày 07/7/2026.",
                "li",
            ),
            P("Mọi thắc mắc xin liên hệ văn phòng nhà trường, điện thoại 0225 3 826 447."),
        ],
        opts={"when": "12/06/2026 08:30"},
    ),
    # ---------------------------------------------------------------- the department (not gold)
    _story(
        "sgd",
        id=784150,
        slug="thanh-pho-tuyen-duong-200-nha-giao-tieu-bieu-nam-2026",
        title="Thành phố tuyên dương 200 nhà giáo tiêu biểu năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-18T16:00:00+07:00",
        blocks=[
            P(
                "Chiều 17/11/2026, UBND thành phố Hải Phòng tổ chức Lễ tuyên dương 200 nhà giáo tiêu"
                " biểu năm 2026 nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
            ),
            P(
                "Các nhà giáo được tuyên dương đều có nhiều năm gắn bó với nghề, có sáng kiến đổi mới"
                " phương pháp dạy học được áp dụng rộng rãi và có học sinh đạt giải cao trong các kỳ thi."
            ),
        ],
        opts={"when": "18/11/2026 16:00"},
    ),
    _story(
        "sgd",
        id=783420,
        slug="tap-huan-cong-tac-kiem-dinh-chat-luong-giao-duc-nam-2026",
        title="Tập huấn công tác kiểm định chất lượng giáo dục năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T11:00:00+07:00",
        blocks=[
            P(
                "Ngày 21/10/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn công tác tự đánh giá và đánh"
                " giá ngoài cơ sở giáo dục cho hơn 300 cán bộ quản lý các trường mầm non, phổ thông."
            ),
            P("Đợt tập huấn giúp các nhà trường chuẩn bị hồ sơ minh chứng theo bộ tiêu chuẩn mới."),
        ],
        opts={"when": "22/10/2026 11:00"},
    ),
    _story(
        "sgd",
        id=782300,
        slug="trien-khai-nhiem-vu-chuyen-doi-so-trong-cac-co-so-giao-duc",
        title="Triển khai nhiệm vụ chuyển đổi số trong các cơ sở giáo dục năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-16T09:30:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo vừa ban hành hướng dẫn thực hiện nhiệm vụ chuyển đổi số năm học"
                " 2026 - 2027, yêu cầu 100% cơ sở giáo dục sử dụng học bạ số và sổ điểm điện tử."
            ),
            P("Các nhà trường cập nhật dữ liệu lên cơ sở dữ liệu ngành trước ngày 15/10/2026."),
        ],
        opts={"when": "16/09/2026 09:30"},
    ),
    _story(
        "sgd",
        id=781850,
        slug="hon-560-000-hoc-sinh-san-sang-buoc-vao-nam-hoc-moi",
        title="Hơn 560.000 học sinh sẵn sàng bước vào năm học mới 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-03T15:00:00+07:00",
        blocks=[
            P(
                "Năm học 2026 - 2027, toàn thành phố có hơn 560.000 học sinh các cấp. Các nhà trường đã"
                " hoàn tất công tác chuẩn bị cơ sở vật chất, sách giáo khoa và đội ngũ."
            ),
            P("Lễ khai giảng được tổ chức đồng loạt vào sáng ngày 05/9/2026."),
        ],
        opts={"when": "03/09/2026 15:00"},
    ),
    # ---------------------------------------------------------------- a neighbour school (not gold)
    _story(
        "th-le-van-tam",
        id=784250,
        slug="hoc-sinh-tri-an-thay-co-nhan-ngay-20-11",
        title="Học sinh Trường Tiểu học Lê Văn Tám tri ân thầy cô nhân ngày 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-21T08:00:00+07:00",
        blocks=[
            P(
                "Hướng tới ngày Nhà giáo Việt Nam, các lớp đã tổ chức nhiều hoạt động ý nghĩa như làm"
                " thiệp, viết thư, vẽ tranh tặng thầy cô."
            ),
            Img("/uploadimages/thlevantam/news/2026/11/tri-an-thay-co.jpg", "(Học sinh lớp 3A tặng hoa cô giáo chủ nhiệm)", "Học sinh lớp 3A tặng hoa cô giáo chủ nhiệm", "center_em"),
            P("Nhiều bức thư, tấm thiệp được trưng bày tại thư viện nhà trường."),
        ],
        opts={"when": "21/11/2026 08:00"},
    ),
    _story(
        "th-le-van-tam",
        id=783770,
        slug="hoi-thi-viet-chu-dep-cap-truong-nam-hoc-2026-2027",
        title="Hội thi Viết chữ đẹp cấp trường năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-03T14:00:00+07:00",
        blocks=[
            P("Sáng 02/11/2026, 150 học sinh khối 1 đến khối 5 tham dự Hội thi Viết chữ đẹp cấp trường."),
            P("Ban tổ chức trao 10 giải Nhất, 15 giải Nhì và 20 giải Ba."),
        ],
        opts={"when": "03/11/2026 14:00"},
    ),
    _story(
        "th-le-van-tam",
        id=783500,
        slug="thong-bao-lich-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        title="Thông báo lịch họp cha mẹ học sinh giữa học kỳ I",
        cat="thong-bao",
        published_at="2026-10-24T10:00:00+07:00",
        blocks=[
            P("Nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I vào 8 giờ ngày 01/11/2026 tại các lớp."),
        ],
        opts={"when": "24/10/2026 10:00"},
    ),
    _story(
        "th-le-van-tam",
        id=783105,
        slug="ngay-hoi-doc-sach-moi-ngay-mot-trang-sach-hay",
        title="Ngày hội đọc sách “Mỗi ngày một trang sách hay”",
        cat="tin-tuc-su-kien",
        published_at="2026-10-09T16:30:00+07:00",
        blocks=[
            P("Thư viện nhà trường tổ chức Ngày hội đọc sách với các gian sách theo chủ đề."),
            P("Học sinh được đọc sách, kể chuyện và đổi sách cũ lấy sách mới."),
        ],
        opts={"when": "09/10/2026 16:30"},
    ),
    _story(
        "th-le-van-tam",
        id=782790,
        slug="dem-hoi-trang-ram-cua-hoc-sinh-truong-tieu-hoc-le-van-tam",
        title="Đêm hội trăng rằm của học sinh Trường Tiểu học Lê Văn Tám",
        cat="tin-tuc-su-kien",
        published_at="2026-09-25T20:30:00+07:00",
        blocks=[
            P("Tối 25/9/2026, nhà trường tổ chức Đêm hội trăng rằm cho hơn 900 học sinh."),
            P("Các em được rước đèn, phá cỗ và xem múa lân."),
        ],
        opts={"when": "25/09/2026 20:30"},
    ),
    # ---------------------------------------------------------------- a kindergarten (not gold)
    _story(
        "mn-hoa-phuong",
        id=784010,
        slug="be-trai-nghiem-lam-banh-tai-lop",
        title="Bé trải nghiệm làm bánh tại lớp",
        cat="hoat-dong-cua-be",
        published_at="2026-11-10T15:00:00+07:00",
        blocks=[P("Các bé lớp Mẫu giáo lớn A1 được cô hướng dẫn làm bánh quy hình con vật.")],
        opts={"when": "10/11/2026 15:00"},
    ),
    _story(
        "mn-hoa-phuong",
        id=782600,
        slug="be-vui-tet-trung-thu",
        title="Bé vui Tết Trung thu",
        cat="hoat-dong-cua-be",
        published_at="2026-09-24T09:00:00+07:00",
        blocks=[P("Các bé cùng cô giáo bày mâm ngũ quả và rước đèn quanh sân trường.")],
        opts={"when": "24/09/2026 09:00"},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}

_INTRO_TEXT: dict[tuple[str, int], tuple[str, ...]] = {
    ("thcs-chu-van-an", 1201): (
        "Trường THCS Chu Văn An được thành lập năm 1962, là một trong những trường trung học cơ sở có"
        " bề dày truyền thống của thành phố Hải Phòng.",
        "Hiện nay nhà trường có 32 lớp với hơn 1.300 học sinh, 74 cán bộ, giáo viên, nhân viên; trường"
        " đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
        "Nhiều năm liền nhà trường được UBND thành phố tặng Cờ thi đua, được Thủ tướng Chính phủ tặng"
        " Bằng khen.",
    ),
    ("thcs-chu-van-an", 1202): (
        "Hiệu trưởng: cô Phạm Thị Thu Hương.",
        "Phó Hiệu trưởng: thầy Vũ Đức Thắng, cô Nguyễn Thị Hạnh.",
        "Các tổ chuyên môn: tổ Toán - Tin, tổ Khoa học tự nhiên, tổ Ngữ văn, tổ Khoa học xã hội, tổ"
        " Ngoại ngữ, tổ Nghệ thuật - Thể chất và tổ Văn phòng.",
    ),
    ("th-le-van-tam", 2300): (
        "Trường Tiểu học Lê Văn Tám được thành lập năm 1978. Nhà trường hiện có 26 lớp với hơn 900 học sinh.",
    ),
    ("mn-hoa-phuong", 2400): (
        "Trường Mầm non Hoa Phượng có 12 nhóm, lớp với hơn 350 trẻ từ 18 tháng đến 6 tuổi.",
    ),
}


# --------------------------------------------------------------------------- paths


def unit_of(story: Story) -> Unit:
    return UNITS[story.opts["unit"]]


def cat_of(story: Story) -> tuple[int, str, str]:
    cat = unit_of(story).cat_by_slug(story.cat)
    assert cat is not None, story.slug
    return cat


def ct_path(story: Story) -> str:
    cat_id, cat_slug, _ = cat_of(story)
    return f"{unit_of(story).prefix}/{cat_slug}/{story.slug}/ct/{cat_id}/{story.id}"


def ctfull_path(story: Story) -> str:
    return f"{unit_of(story).prefix}/ctfull/{cat_of(story)[0]}/{story.id}"


def listing_path(unit: Unit, cat: tuple[int, str, str], page: int = 1) -> str:
    base = f"{unit.prefix}/{cat[1]}/c/{cat[0]}"
    return base if page == 1 else f"{base}?page={page}"


def in_cat(unit: Unit, slug: str) -> list[Story]:
    """A category's posts, newest first (the order every list prints)."""
    items = [s for s in STORIES if s.opts["unit"] == unit.code and s.cat == slug]
    return sorted(items, key=lambda s: s.id, reverse=True)


def in_unit(unit: Unit) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["unit"] == unit.code), key=lambda s: s.id, reverse=True)


def pages_of(unit: Unit, cat: tuple[int, str, str]) -> int:
    return max(1, -(-len(in_cat(unit, cat[1])) // PER_PAGE))


# --------------------------------------------------------------------------- the gold (by hand)

_SCHOOL_STORIES = [s for s in STORIES if s.opts["unit"] == SCHOOL.code]

GOLD: list[dict] = [
    gold_record(s, ct_path(s), cat_of(s)[2], alt_paths=[ctfull_path(s)]) for s in _SCHOOL_STORIES
]


def _week(d: date) -> tuple[int, int]:
    iso = d.isocalendar()
    return iso[1], iso[0]


_THIS_WEEK, _THIS_YEAR = _week(TODAY_DATE)
_P = SCHOOL.prefix

NON_ARTICLES: list[str] = [
    f"{_P}/",
    *(listing_path(SCHOOL, c, n) for c in SCHOOL.cats for n in range(1, pages_of(SCHOOL, c) + 1)),
    *(f"{listing_path(SCHOOL, c)}?page=1" for c in SCHOOL.cats),
    *(f"{_P}/{slug}/c/{cid}" for cid, slug, _ in SCHOOL.intro),
    f"{_P}/lien-he",
    f"{_P}/lich-cong-tac",
    f"{_P}/lich-cong-tac?tuan={_week(TODAY_DATE + timedelta(days=7))[0]}&nam={_week(TODAY_DATE + timedelta(days=7))[1]}",
    f"{_P}/lich-cong-tac?tuan={_week(TODAY_DATE - timedelta(days=7))[0]}&nam={_week(TODAY_DATE - timedelta(days=7))[1]}",
    f"{_P}/Timkiem?q=hoi+thi",
    f"{_P}/binh-chon?id=37",
    f"{_P}/sitemap.xml",
]


# --------------------------------------------------------------------------- rendering

def _day(story: Story) -> str:
    return story.opts["when"].split(" ")[0]


def _teaser(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 190 else first[:190].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "/Content/images/no-image.png"


def _img_tag(src: str) -> str:
    return f'<img alt="" src="{esc(src)}" style="width: 700px; height: 467px;" />'


def _image(img: Img) -> str:
    line = text(img.printed) if img.printed else ""
    if img.style == "center_em":
        return (
            f'<p style="text-align: center;">{_img_tag(img.src)}</p>\n'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="image"'
            ' style="width: 700px;"><tbody>'
            f'<tr><td style="text-align: center;">{_img_tag(img.src)}</td></tr>'
            f'<tr><td class="caption" style="text-align: center;"><em>{line}</em></td></tr>'
            "</tbody></table>"
        )
    return f'<p style="text-align: center;">{_img_tag(img.src)}</p>'


def _content(story: Story) -> str:
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            parts.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = row.text.split(" | ")
                if row.style == "th":
                    tds = "".join(f'<td style="text-align: center;"><strong>{text(c)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>{text(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            parts.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if isinstance(block, P):
            inner = f"<strong>{text(block.text)}</strong>" if block.style == "strong" else text(block.text)
            parts.append(f'<p style="text-align: justify;">{inner}</p>')
        elif isinstance(block, Img):
            parts.append(_image(block))
        else:
            parts.append(block.html)
        i += 1
    markup = "\n".join(parts)
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    if story.opts.get("entities"):
        markup = entity_mix(markup, 2)
    return markup


def _top_bar(unit: Unit) -> str:
    schools = "".join(
        f'<li><a href="{u.prefix}/">{esc(u.name)}</a></li>' for u in UNITS.values() if u.kind != "sgd"
    )
    back = _html.escape(unit.prefix + "/", quote=True).replace("/", "%2f")
    return f"""<div class="top-bar"><div class="container">
<span class="date-now"><i class="fa fa-calendar"></i> {TODAY}</span>
<ul class="top-links">
<li><a href="/sgd/" title="{esc(PLATFORM_NAME)}">Sở GD&amp;ĐT Hải Phòng</a></li>
<li class="dropdown"><a href="javascript:void(0);" class="dropdown-toggle">Các trường <b class="caret"></b></a>
<ul class="dropdown-menu">{schools}</ul></li>
<li><a href="/dang-nhap?ReturnUrl={back}">Đăng nhập</a></li>
</ul></div></div>"""


def _menu(unit: Unit) -> str:
    items = [f'<li><a href="{unit.prefix}/">Trang chủ</a></li>']
    if unit.intro:
        subs = "".join(f'<li><a href="{unit.prefix}/{s}/c/{c}">{esc(n)}</a></li>' for c, s, n in unit.intro)
        items.append(
            f'<li class="dropdown"><a href="{unit.prefix}/{unit.intro[0][1]}/c/{unit.intro[0][0]}">Giới thiệu</a>'
            f'<ul class="sub-menu">{subs}</ul></li>'
        )
    items += [f'<li><a href="{listing_path(unit, c)}">{esc(c[2])}</a></li>' for c in unit.cats]
    if unit.kind == "school":
        items.append(f'<li><a href="{unit.prefix}/lich-cong-tac">Lịch công tác</a></li>')
    if unit.kind != "stub":
        items.append(f'<li><a href="{unit.prefix}/lien-he">Liên hệ</a></li>')
    return f'<nav class="main-menu"><div class="container"><ul class="menu">{"".join(items)}</ul></div></nav>'


def _box(title: str, inner: str, cls: str = "") -> str:
    return f'<div class="box-right {cls}"><div class="title-box"><span>{title}</span></div><div class="content-box">{inner}</div></div>'


def _sidebar(unit: Unit) -> str:
    boxes = [
        _box(
            "Tìm kiếm",
            f'<form action="{unit.prefix}/Timkiem" method="get"><input type="text" name="q"'
            ' placeholder="Nhập từ khóa..." class="form-control" /><button type="submit"'
            ' class="btn-search"><i class="fa fa-search"></i></button></form>',
        )
    ]
    if unit.kind != "stub":
        latest = "".join(
            f'<li><a href="{ct_path(s)}">{esc(s.title)}</a></li>' for s in in_unit(unit)[:5]
        )
        boxes.append(_box("Tin mới", f'<ul class="list-news">{latest}</ul>'))
    if unit.kind != "sgd":
        dept = UNITS["sgd"]
        items = "".join(
            f'<li><a href="{ct_path(s)}">{esc(s.title)}</a> <span class="date">({_day(s)})</span></li>'
            for s in in_unit(dept)[:3]
        )
        boxes.append(
            _box(
                "Tin từ Sở GD&amp;ĐT",
                f'<ul class="list-news">{items}</ul><a class="more" href="{listing_path(dept, dept.cats[0])}">Xem thêm</a>',
            )
        )
    others = [
        s
        for u in UNITS.values()
        if u.kind == "school" and u.code != unit.code
        for s in in_unit(u)[:2]
    ]
    others.sort(key=lambda s: s.id, reverse=True)
    items = "".join(
        f'<li><a href="{ctfull_path(s)}">{esc(s.title)}</a><br /><small>{esc(unit_of(s).name)}</small></li>'
        for s in others[:3]
    )
    boxes.append(_box("Tin các trường", f'<ul class="list-news">{items}</ul>'))
    boxes.append(
        _box(
            "Liên kết website",
            '<select class="form-control" onchange="if(this.value!=\'\') window.open(this.value);">'
            '<option value="">-- Chọn liên kết --</option>'
            '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
            '<option value="https://haiphong.gov.vn">Cổng TTĐT thành phố Hải Phòng</option>'
            '<option value="http://127.0.0.2:8088/">Hệ thống quản lý trường học</option>'
            "</select>",
        )
    )
    if unit.kind == "school":
        boxes.append(
            _box(
                "Thăm dò ý kiến",
                f'<form action="{unit.prefix}/binh-chon" method="post"><p>Bạn quan tâm nhất đến nội dung nào'
                ' trên website?</p><label><input type="radio" name="answer" value="1" /> Tin tức - Sự kiện</label>'
                '<label><input type="radio" name="answer" value="2" /> Thông báo của nhà trường</label>'
                '<label><input type="radio" name="answer" value="3" /> Lịch công tác</label>'
                '<input type="hidden" name="id" value="37" /><button type="submit">Bình chọn</button>'
                f' <a href="{unit.prefix}/binh-chon?id=37">Xem kết quả</a></form>',
            )
        )
    boxes.append(
        _box(
            "Thống kê truy cập",
            '<ul class="counter"><li>Đang truy cập: <b>41</b></li><li>Hôm nay: <b>1.264</b></li>'
            '<li>Tháng này: <b>28.517</b></li><li>Tổng lượt truy cập: <b>2.418.906</b></li></ul>',
        )
    )
    return "\n".join(boxes)


def _footer(unit: Unit) -> str:
    contact = ""
    if unit.address:
        contact = (
            f"<p>Địa chỉ: {esc(unit.address)}</p><p>Điện thoại: {esc(unit.phone)} - Email: {esc(unit.email)}</p>"
            f"<p>Chịu trách nhiệm nội dung: {esc(unit.head)}</p>"
        )
    return f"""<footer class="footer"><div class="container">
<p class="unit"><strong>{esc(unit.name.upper())}</strong></p>{contact}
<p>© Bản quyền thuộc {esc(unit.name)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="vendor">{esc(PLATFORM_NAME)} - Hệ thống cổng thông tin các đơn vị trường học</p>
</div></footer>"""


def _page(unit: Unit, title: str, main: str, request: Request, *, sidebar: bool = True, og: str = "") -> str:
    self_url = base_url(request) + request.target
    columns = (
        f'<div class="col-md-9 col-main">{main}</div><div class="col-md-3 col-right">{_sidebar(unit)}</div>'
        if sidebar
        else f'<div class="col-md-12 col-full">{main}</div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(title)}" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{esc(self_url)}" />
{og}
<link rel="shortcut icon" href="/Content/images/favicon.ico" />
<link rel="stylesheet" href="/Content/css/bootstrap.min.css" />
<link rel="stylesheet" href="/Content/css/font-awesome.min.css" />
<link rel="stylesheet" href="/Content/themes/default/style.css?v=20260815" />
<script src="/Scripts/jquery-3.6.0.min.js"></script>
</head>
<body>
{_top_bar(unit)}
<header class="banner"><div class="container">
<a href="{unit.prefix}/"><img src="/uploadimages/{unit.code.replace('-', '')}/banner.png" alt="{esc(unit.name)}" /></a>
<div class="unit-name"><span>{esc(PLATFORM_NAME.upper())}</span><h2>{esc(unit.name.upper())}</h2></div>
</div></header>
{_menu(unit)}
<div class="container"><div class="row">{columns}</div></div>
{_footer(unit)}
<a href="#" class="back-to-top" title="Về đầu trang"><i class="fa fa-angle-up"></i></a>
<script src="/Scripts/bootstrap.min.js"></script>
<script src="/Scripts/common.js?v=20260815"></script>
</body>
</html>"""


def _crumbs(unit: Unit, *trail: tuple[str, str]) -> str:
    links = [f'<a href="{unit.prefix}/"><i class="fa fa-home"></i> Trang chủ</a>']
    links += [f'<a href="{href}">{esc(label)}</a>' for href, label in trail]
    return f'<div class="breadcrumbs">{" <span>»</span> ".join(links)}</div>'


def _news_item(story: Story) -> str:
    href = ct_path(story)
    return (
        f'<div class="news-item clearfix"><a class="news-img" href="{href}"><img src="{esc(_thumb(story))}"'
        f' alt="{esc(story.title)}" /></a><div class="news-info"><h3 class="news-title"><a href="{href}">'
        f'{esc(story.title)}</a></h3><span class="news-date">({_day(story)})</span>'
        f'<p class="news-desc">{esc(_teaser(story))}</p></div></div>'
    )


def _article(story: Story, request: Request, full: bool) -> str:
    unit = unit_of(story)
    cat = cat_of(story)
    sapo = (
        f'<div class="sapo-detail"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    attach = ""
    if "attach" in story.opts:
        href, name = story.opts["attach"]
        attach = (
            '<div class="attach-detail"><span class="lbl">Tệp đính kèm:</span> '
            f'<a href="{esc(href)}" target="_blank"><i class="fa fa-file-pdf-o"></i> {esc(name)}</a></div>'
        )
    others = [s for s in in_cat(unit, story.cat) if s.id != story.id][:5]
    other_list = "".join(
        f'<li><a href="{ct_path(s)}">{esc(s.title)}</a> <span class="date">({_day(s)})</span></li>'
        for s in others
    )
    self_url = base_url(request) + request.target
    share = _html.escape(self_url, quote=True)
    main = f"""{_crumbs(unit, (listing_path(unit, cat), cat[2]))}
<div class="news-detail">
<h1 class="title-detail">{esc(story.title)}</h1>
<div class="info-detail"><span class="date-detail"><i class="fa fa-clock-o"></i> {story.opts["when"]}</span>
<span class="view-detail"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span></div>
<div class="tools-detail"><a href="javascript:void(0);" onclick="changeFont(-1)">A-</a> <a href="javascript:void(0);" onclick="changeFont(1)">A+</a>
<a href="javascript:window.print();"><i class="fa fa-print"></i> In bài viết</a>
<a href="mailto:?subject={esc(story.title)}&amp;body={share}"><i class="fa fa-envelope"></i> Gửi email</a></div>
{sapo}
<div class="content-detail">
{_content(story)}
</div>
{attach}
<div class="share-detail"><a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="fb-share">Chia sẻ Facebook</a>
<a href="https://zalo.me/share?url={share}" target="_blank" class="zalo-share">Chia sẻ Zalo</a></div>
</div>
<div class="other-news"><div class="title-other">Các tin khác</div><ul>{other_list}</ul></div>"""
    thumb = _thumb(story)
    og_image = base_url(request) + thumb if thumb.startswith("/") else thumb
    og = f'<meta property="og:image" content="{esc(og_image)}" />'
    return _page(unit, story.title, main, request, sidebar=not full, og=og)


def _listing(unit: Unit, cat: tuple[int, str, str], page: int, request: Request) -> str | None:
    pages = pages_of(unit, cat)
    if not 1 <= page <= pages:
        return None
    chunk = in_cat(unit, cat[1])[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = [f'<li><a href="{listing_path(unit, cat)}?page=1">« Trang đầu</a></li>']
    for n in range(1, pages + 1):
        cls = ' class="active"' if n == page else ""
        pager.append(f'<li{cls}><a href="{listing_path(unit, cat)}?page={n}">{n}</a></li>')
    if page < pages:
        pager.append(f'<li><a href="{listing_path(unit, cat, page + 1)}">Trang sau ›</a></li>')
    pager.append(f'<li><a href="{listing_path(unit, cat)}?page={pages}">Trang cuối »</a></li>')
    main = (
        _crumbs(unit, (listing_path(unit, cat), cat[2]))
        + f'<div class="cat-title"><h1>{esc(cat[2])}</h1></div>'
        + "\n".join(_news_item(s) for s in chunk)
        + f'<div class="pager"><ul class="pagination">{"".join(pager)}</ul></div>'
    )
    return _page(unit, f"{cat[2]} - {unit.name}", main, request)


def _home(unit: Unit, request: Request) -> str:
    if unit.kind == "stub":
        main = '<div class="alert alert-info">Đơn vị đang cập nhật nội dung. Mời quý vị quay lại sau.</div>'
        return _page(unit, unit.name, main, request)
    hot = in_unit(unit)[:3]
    slides = "".join(
        f'<div class="item"><a href="{ctfull_path(s)}"><img src="{esc(_thumb(s))}" alt="{esc(s.title)}" /></a>'
        f'<div class="caption"><a href="{ctfull_path(s)}">{esc(s.title)}</a><span>{_day(s)}</span></div></div>'
        for s in hot
    )
    blocks = []
    for cat in unit.cats:
        items = in_cat(unit, cat[1])[:3]
        if not items:
            continue
        lead, rest = items[0], items[1:]
        others = "".join(f'<li><a href="{ct_path(s)}">{esc(s.title)}</a></li>' for s in rest)
        blocks.append(
            f'<div class="box-cat"><div class="title-cat"><a href="{listing_path(unit, cat)}">{esc(cat[2])}</a></div>'
            f'<div class="lead-news"><a href="{ct_path(lead)}"><img src="{esc(_thumb(lead))}" alt="" /></a>'
            f'<h3><a href="{ct_path(lead)}">{esc(lead.title)}</a></h3><p>{esc(_teaser(lead))}</p></div>'
            f'<ul class="list-news">{others}</ul><a class="more" href="{listing_path(unit, cat)}">Xem thêm »</a></div>'
        )
    main = f'<div class="hot-news"><div class="title-cat">Tin nổi bật</div><div class="slider">{slides}</div></div>' + "".join(blocks)
    return _page(unit, unit.name, main, request)


def _intro(unit: Unit, cat_id: int, request: Request) -> str:
    cat = unit.cat_by_id(cat_id)
    assert cat is not None
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in _INTRO_TEXT[(unit.code, cat_id)])
    main = (
        _crumbs(unit, (f"{unit.prefix}/{cat[1]}/c/{cat[0]}", cat[2]))
        + f'<div class="intro-detail"><h1 class="title-cat">{esc(cat[2])}</h1><div class="content-detail">{paragraphs}</div></div>'
    )
    return _page(unit, f"{cat[2]} - {unit.name}", main, request)


def _contact(unit: Unit, request: Request) -> str:
    main = (
        _crumbs(unit, (f"{unit.prefix}/lien-he", "Liên hệ"))
        + f"""<div class="contact"><h1>Liên hệ</h1><p><strong>{esc(unit.name)}</strong></p>
<p>Địa chỉ: {esc(unit.address)}</p><p>Điện thoại: {esc(unit.phone)}</p><p>Email: {esc(unit.email)}</p>
<form method="post" action="{unit.prefix}/lien-he"><label>Họ và tên <input name="HoTen" /></label>
<label>Email <input name="Email" /></label><label>Tiêu đề <input name="TieuDe" /></label>
<label>Nội dung <textarea name="NoiDung"></textarea></label><button type="submit">Gửi liên hệ</button></form></div>"""
    )
    return _page(unit, f"Liên hệ - {unit.name}", main, request)


_CALENDAR_ROWS = (
    ("Thứ Hai", "7h00: Chào cờ đầu tuần; 14h00: Họp Ban Giám hiệu"),
    ("Thứ Ba", "Cả ngày: Dự giờ thăm lớp tổ Ngữ văn"),
    ("Thứ Tư", "8h00: Kiểm tra nội bộ hồ sơ chuyên môn tổ Toán - Tin"),
    ("Thứ Năm", "15h30: Sinh hoạt chuyên môn các tổ"),
    ("Thứ Sáu", "16h00: Họp hội đồng sư phạm tháng 11"),
    ("Thứ Bảy", "14h00: Câu lạc bộ Robotics sinh hoạt"),
)


def _calendar(unit: Unit, request: Request) -> str | None:
    params = request.params
    try:
        week = int(params.get("tuan", _THIS_WEEK))
        year = int(params.get("nam", _THIS_YEAR))
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    this_monday = date.fromisocalendar(_THIS_YEAR, _THIS_WEEK, 1)
    if abs((monday - this_monday).days) > CALENDAR_SPAN_WEEKS * 7:
        return None
    prev_w, prev_y = _week(monday - timedelta(days=7))
    next_w, next_y = _week(monday + timedelta(days=7))
    if monday == this_monday:
        rows = "".join(
            f"<tr><td>{d}, {monday + timedelta(days=i):%d/%m/%Y}</td><td>{esc(t)}</td></tr>"
            for i, (d, t) in enumerate(_CALENDAR_ROWS)
        )
    else:
        rows = '<tr><td colspan="2">Chưa có lịch công tác tuần này.</td></tr>'
    main = (
        _crumbs(unit, (f"{unit.prefix}/lich-cong-tac", "Lịch công tác"))
        + f'<h1 class="title-cat">Lịch công tác tuần {week} năm {year}</h1>'
        f"<p>Từ ngày {monday:%d/%m/%Y} đến ngày {monday + timedelta(days=6):%d/%m/%Y}</p>"
        f'<div class="week-nav"><a href="{unit.prefix}/lich-cong-tac?tuan={prev_w}&amp;nam={prev_y}">« Tuần trước</a>'
        f' <a href="{unit.prefix}/lich-cong-tac">Tuần hiện tại</a>'
        f' <a href="{unit.prefix}/lich-cong-tac?tuan={next_w}&amp;nam={next_y}">Tuần sau »</a></div>'
        f'<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Nội dung công việc</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    return _page(unit, f"Lịch công tác - {unit.name}", main, request)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(unit: Unit, request: Request) -> str:
    q = request.params.get("q", "").strip()
    hits = [s for s in in_unit(unit) if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    results = "".join(_news_item(s) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = (
        _crumbs(unit, (f"{unit.prefix}/Timkiem", "Tìm kiếm"))
        + f'<h1 class="title-cat">Kết quả tìm kiếm</h1><p>Có {len(hits)} kết quả với từ khóa “{esc(q)}”</p>{results}'
    )
    return _page(unit, f"Tìm kiếm - {unit.name}", main, request)


def _poll(unit: Unit, request: Request) -> str:
    main = (
        _crumbs(unit, (f"{unit.prefix}/binh-chon?id=37", "Kết quả bình chọn"))
        + '<h1 class="title-cat">Kết quả bình chọn</h1><p>Bạn quan tâm nhất đến nội dung nào trên website?</p>'
        "<ul><li>Tin tức - Sự kiện: 412 phiếu (48%)</li><li>Thông báo của nhà trường: 356 phiếu (41%)</li>"
        "<li>Lịch công tác: 94 phiếu (11%)</li></ul>"
    )
    return _page(unit, f"Kết quả bình chọn - {unit.name}", main, request)


def _sitemap(unit: Unit, request: Request) -> Response:
    base = base_url(request)
    urls = [(f"{unit.prefix}/", "2026-11-25")]
    urls += [(listing_path(unit, c), None) for c in unit.cats]
    for s in in_unit(unit):
        y, m, d = s.published_at[:10].split("-")
        urls.append((ctfull_path(s) if s.opts.get("sitemap_full") else ct_path(s), f"{y}-{m}-{d}"))
    entries = "".join(
        f"<url><loc>{base}{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>\n"
        for loc, mod in urls
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</urlset>"
    )
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


def _robots(request: Request) -> Response:
    base = base_url(request)
    lines = ["User-agent: *", "Disallow: /dang-nhap", "Disallow: /admin/", "Disallow: /*/Timkiem", ""]
    lines += [f"Sitemap: {base}{u.prefix}/sitemap.xml" for u in UNITS.values() if u.kind != "stub"]
    return Response(200, "\n".join(lines) + "\n", {"Content-Type": "text/plain; charset=utf-8"})


def _login(request: Request) -> str:
    main = (
        '<div class="login"><h1>Đăng nhập hệ thống</h1><form method="post" action="/dang-nhap">'
        '<label>Tên đăng nhập <input name="UserName" /></label><label>Mật khẩu <input type="password"'
        ' name="Password" /></label><button type="submit">Đăng nhập</button></form></div>'
    )
    return _page(UNITS["sgd"], "Đăng nhập", main, request, sidebar=False)


_CT = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]+)/([a-z0-9-]+)/ct/(\d+)/(\d+)$")
_CTFULL = re.compile(r"^/([a-z0-9-]+)/ctfull/(\d+)/(\d+)$")
_CAT = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]+)/c/(\d+)$")


class EduNetwork:
    """The host: routes every unit's pages; unknown targets answer 404."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/Content/", "/Scripts/", "/uploadimages/")):
            return static_file(path)
        if path.startswith("/data/"):
            story = next((s for s in STORIES if s.opts.get("attach", ("",))[0] == path), None)
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if story else None
        if path == "/robots.txt":
            return _robots(request)
        if path == "/":
            return redirect("/sgd/", 302)
        if path == "/dang-nhap":
            return html(_login(request))
        if path.count("/") == 1 and path[1:] in UNITS:
            return redirect(path + "/", 301)
        code = path.split("/")[1]
        unit = UNITS.get(code)
        if unit is None:
            return None
        rest = path[len(unit.prefix) :]
        if rest == "/":
            return html(_home(unit, request))
        if unit.kind == "stub":
            return None
        if rest == "/sitemap.xml":
            return _sitemap(unit, request)
        if rest == "/lien-he":
            return html(_contact(unit, request))
        if rest == "/Timkiem":
            return html(_search(unit, request))
        if rest == "/lich-cong-tac" and unit.kind == "school":
            page = _calendar(unit, request)
            return html(page) if page else None
        if rest == "/binh-chon" and unit.kind == "school":
            return html(_poll(unit, request))
        if m := _CT.match(path):
            story = _BY_ID.get(int(m.group(5)))
            if story and unit_of(story) is unit and ct_path(story) == path:
                return html(_article(story, request, full=False))
            return None
        if m := _CTFULL.match(path):
            story = _BY_ID.get(int(m.group(3)))
            if story and unit_of(story) is unit and ctfull_path(story) == path:
                return html(_article(story, request, full=True))
            return None
        if m := _CAT.match(path):
            cat = unit.cat_by_id(int(m.group(3)))
            if cat is None or cat[1] != m.group(2):
                return None
            if cat in unit.intro:
                return html(_intro(unit, cat[0], request)) if not request.query else None
            try:
                page = int(request.params.get("page", "1"))
            except ValueError:
                return None
            body = _listing(unit, cat, page, request)
            return html(body) if body else None
        return None


def build_site() -> EduNetwork:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return EduNetwork()
