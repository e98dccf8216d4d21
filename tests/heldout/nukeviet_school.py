"""Held-out portal: a lower-secondary school site on NukeViet 4 (not for tuning; see README).

Why it exists: the crawl is measured once, at the end, on a portal nobody shaped the crawler
against. It follows the test-portal contract and ships no config: the crawl starts from ``/``.

The pages are rendered from the article data below with the boilerplate of NukeViet 4's default
news module around them (header, menu, breadcrumbs, sidebars, footer, tools, related lists,
print/save/email views, tags, RSS, search). ``GOLD`` is written by hand from the same data.
"""

from __future__ import annotations

import base64
import html as _html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html, redirect

NAME = "heldout_nukeviet"
PLATFORM = "nukeviet"
START_PATH = "/"

SITE_NAME = "Trường THCS Võ Thị Sáu"
SITE_DESC = "Phòng Giáo dục và Đào tạo huyện Tuy Phước"
MODULE_TITLE = "Tin Tức"
PER_PAGE = 3
_LOCAL = timezone(timedelta(hours=7))
#: the theme's header clock: a fixed "today", never a publication date
_CLOCK = datetime(2026, 11, 24, 10, 15)

CATEGORIES: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}

TAGS: dict[str, str] = {
    "trung-thu": "trung thu",
    "lien-doi": "liên đội",
    "khai-giang": "khai giảng",
    "nam-hoc-2023-2024": "năm học 2023-2024",
    "giao-duc-trung-hoc": "giáo dục trung học",
    "doan-thanh-nien": "đoàn thanh niên",
    "tinh-nguyen": "tình nguyện",
    "tong-ket-nam-hoc": "tổng kết năm học",
    "hoc-sinh-gioi": "học sinh giỏi",
    "tet-trong-cay": "tết trồng cây",
    "ngu-van": "ngữ văn",
    "gdpt-2018": "GDPT 2018",
    "chuyen-doi-so": "chuyển đổi số",
    "tuyen-sinh": "tuyển sinh",
}

_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")

_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERX"
    "RTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAADAAQDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAEC"
    "AwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2Jy"
    "ggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWW"
    "l5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEA"
    "AwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMi"
    "MoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0"
    "dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn"
    "6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDPooor1DzD/9k="
)
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------- article data


@dataclass(frozen=True)
class P:
    """A body paragraph; ``bold`` prints it as a bold lead-in line."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Items:
    """A bulleted list; each item is a paragraph of the text."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Img:
    """An image in the body. ``style`` picks the editor markup; ``caption`` is what a reader calls
    the caption (None when the line under the image is no caption or there is none)."""

    src: str
    style: str  # figure | center_em | anh_prefix | zalo_figcaption | plain | table
    caption: str | None = None
    alt: str = ""


Block = P | Items | Img


@dataclass(frozen=True)
class Article:
    id: int
    cat: str
    slug: str
    title: str
    when: datetime | None  # the detail page's date line; None: the page prints no date
    listed: date  # the date the listings print beside the link
    hometext: str | None  # the sapo block shown above the body; None: not shown
    blocks: tuple[Block, ...]
    tags: tuple[str, ...]
    views: int
    byline: tuple[str, str] | None = None  # (style, line) printed at the end of the body
    author_box: str | None = None  # NukeViet's "Tác giả:" field
    source_box: str | None = None  # NukeViet's "Nguồn tin:" field
    meta_time: str | None = None  # article:published_time exactly as printed
    nfd: bool = False  # serve the page decomposed
    entities: bool = False  # body written partly with character references
    repeat_hometext: bool = False  # the sapo is pasted again as the body's first paragraph
    attachment: str | None = None  # "File đính kèm" link target

    @property
    def path(self) -> str:
        return f"/news/{self.cat}/{self.slug}-{self.id}.html"

    @property
    def leaf(self) -> str:
        return f"{self.slug}-{self.id}.html"

    @property
    def images(self) -> list[Img]:
        return [b for b in self.blocks if isinstance(b, Img)]

    def teaser(self) -> str:
        if self.hometext:
            return self.hometext
        first = next(b.text for b in self.blocks if isinstance(b, P))
        return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


ARTICLES: tuple[Article, ...] = (
    Article(
        id=412,
        cat="tin-tuc-su-kien",
        slug="vui-tet-trung-thu-thap-sang-uoc-mo-cho-hoc-sinh",
        title="Vui Tết Trung thu - Thắp sáng ước mơ cho học sinh",
        when=datetime(2023, 9, 29, 19, 40),
        listed=date(2023, 9, 29),
        hometext=(
            "Tối 28/9 (nhằm ngày 14 tháng 8 âm lịch), Liên đội Trường THCS Võ Thị Sáu tổ chức"
            " chương trình “Vui Tết Trung thu - Thắp sáng ước mơ” cho hơn 700 học sinh toàn trường."
        ),
        blocks=(
            P(
                "Chương trình diễn ra trong không khí ấm áp với các hoạt động rước đèn, múa lân,"
                " phá cỗ và thi làm lồng đèn từ vật liệu tái chế. Mỗi chi đội đã chuẩn bị một mâm"
                " cỗ Trung thu được bày trí công phu với bánh nướng, bánh dẻo, trái cây và những"
                " con vật ngộ nghĩnh làm từ rau củ."
            ),
            Img(
                "/uploads/news/2023_09/z4729105836274_4e8a1c3b5d7f9e2a6c0b8d4f1e3a5c7b.jpg",
                "center_em",
                "Các em học sinh rước đèn quanh sân trường",
                alt="z4729105836274_4e8a1c3b5d7f9e2a6c0b8d4f1e3a5c7b",
            ),
            P(
                "Dịp này, Liên đội đã trao 25 suất quà gồm bánh Trung thu, sữa và đồ dùng học tập"
                " cho các em học sinh có hoàn cảnh khó khăn. Kinh phí do các thầy cô giáo, Ban đại"
                " diện cha mẹ học sinh và các nhà hảo tâm đóng góp với tổng trị giá gần 8 triệu"
                " đồng."
            ),
            Img(
                "/uploads/news/2023_09/trung-thu-2023-trao-qua.jpg",
                "center_em",
                "Trao quà Trung thu cho học sinh có hoàn cảnh khó khăn",
            ),
            P(
                "Kết quả hội thi làm lồng đèn, Ban tổ chức trao giải Nhất cho chi đội 7A1 với"
                " chiếc đèn ông sao làm từ ống hút nhựa, giải Nhì cho chi đội 9A2 và 6A4, giải Ba"
                " cho chi đội 8A1, 8A3 và 6A2."
            ),
        ),
        tags=("trung-thu", "lien-doi"),
        views=318,
        byline=("right_em", "Tin và ảnh: Lê Thị Mỹ Duyên"),
        meta_time="2023-09-29T19:40:00+00:00",
    ),
    Article(
        id=410,
        cat="hoat-dong-chuyen-mon",
        slug="sinh-hoat-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
        title=(
            "Sinh hoạt chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình"
            " GDPT 2018”"
        ),
        when=datetime(2023, 9, 21, 14, 30),
        listed=date(2023, 9, 21),
        hometext=(
            "Nhằm nâng cao chất lượng dạy học môn Ngữ văn theo định hướng phát triển năng lực học"
            " sinh, ngày 20/9/2023, tổ Ngữ văn - Sử - Địa Trường THCS Võ Thị Sáu tổ chức sinh hoạt"
            " chuyên đề cấp trường."
        ),
        blocks=(
            P(
                "Tham dự buổi sinh hoạt có thầy Đỗ Minh Trí, Phó Hiệu trưởng phụ trách chuyên môn"
                " cùng 14 giáo viên trong tổ. Chuyên đề được tổ chức thông qua tiết dạy minh họa"
                " văn bản “Lá cờ thêu sáu chữ vàng” (Nguyễn Huy Tưởng) tại lớp 8A2 do cô Nguyễn Thị"
                " Hồng Nhung thực hiện."
            ),
            Img(
                "/uploads/news/2023_09/z4712398765432_9b1c7e2f4a6d8c0e1f3a5b7c9d2e4f6a.jpg",
                "zalo_figcaption",
                None,
                alt="z4712398765432_9b1c7e2f4a6d8c0e1f3a5b7c9d2e4f6a",
            ),
            P(
                "Trong tiết dạy, cô Nhung đã tổ chức cho học sinh làm việc nhóm, sử dụng phiếu học"
                " tập và sơ đồ tư duy để tìm hiểu nhân vật Trần Quốc Toản; học sinh được nhập vai,"
                " kể lại câu chuyện theo ngôi thứ nhất và trình bày sản phẩm trước lớp. Không khí"
                " lớp học sôi nổi, các em mạnh dạn, tự tin bày tỏ ý kiến."
            ),
            Img(
                "/uploads/news/2023_09/chuyen-de-ngu-van-8a2.jpg",
                "figure",
                "Học sinh lớp 8A2 trình bày sản phẩm học tập của nhóm",
            ),
            P(
                "Tại phần thảo luận, các thầy cô đã phân tích, đánh giá ưu điểm của tiết dạy, đồng"
                " thời trao đổi về cách thiết kế nhiệm vụ học tập, cách sử dụng câu hỏi mở và tổ"
                " chức hoạt động đánh giá thường xuyên nhằm phát huy tính tích cực, chủ động của"
                " học sinh."
            ),
            P(
                "Kết thúc buổi sinh hoạt, thầy Phó Hiệu trưởng đề nghị các tổ chuyên môn tiếp tục"
                " duy trì sinh hoạt chuyên môn theo nghiên cứu bài học, mỗi học kỳ tổ chức ít nhất"
                " hai chuyên đề để giáo viên học hỏi, chia sẻ kinh nghiệm."
            ),
        ),
        tags=("ngu-van", "gdpt-2018"),
        views=146,
        author_box="Nguyễn Thị Hồng Nhung",
        entities=True,
    ),
    Article(
        id=406,
        cat="tin-tuc-su-kien",
        slug="truong-thcs-vo-thi-sau-tung-bung-le-khai-giang-nam-hoc-2023-2024",
        title="Trường THCS Võ Thị Sáu tưng bừng Lễ khai giảng năm học 2023 - 2024",
        when=datetime(2023, 9, 5, 9, 45),
        listed=date(2023, 9, 5),
        hometext=(
            "Sáng 05/9, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THCS Võ Thị"
            " Sáu long trọng tổ chức Lễ khai giảng năm học 2023 - 2024 trong không khí vui tươi,"
            " phấn khởi."
        ),
        blocks=(
            P(
                "Tới dự buổi lễ có bà Trần Thị Thu Hà, Phó Trưởng phòng Giáo dục và Đào tạo huyện"
                " Tuy Phước; đại diện lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Phước"
                " Hiệp; Ban đại diện cha mẹ học sinh cùng đông đảo phụ huynh và 705 học sinh của"
                " nhà trường."
            ),
            Img(
                "/uploads/news/2023_09/khai-giang-2023-1.jpg",
                "figure",
                "Học sinh lớp 6 tiến vào lễ đài trong ngày khai giảng đầu tiên ở bậc trung học cơ sở",
            ),
            P(
                "Năm học 2023 - 2024, nhà trường có 19 lớp với 705 học sinh, trong đó khối 6 có 5"
                " lớp với 186 học sinh. Đội ngũ cán bộ, giáo viên, nhân viên gồm 46 người, 100%"
                " giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo."
            ),
            P(
                "Thay mặt nhà trường, thầy Nguyễn Văn Bình, Hiệu trưởng đọc thư của Chủ tịch nước"
                " gửi ngành Giáo dục nhân dịp khai giảng năm học mới, đồng thời điểm lại những"
                " thành tích nổi bật của năm học trước và phát động thi đua năm học mới với chủ đề"
                " “Đoàn kết, kỷ cương, đổi mới, sáng tạo, chất lượng”."
            ),
            Img(
                "/uploads/news/2023_09/khai-giang-2023-2.jpg",
                "figure",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
            ),
            P(
                "Tiếng trống khai trường vang lên mở đầu cho một năm học mới với nhiều kỳ vọng. Sau"
                " phần lễ, các em học sinh đã mang đến những tiết mục văn nghệ đặc sắc chào mừng"
                " năm học mới."
            ),
        ),
        tags=("khai-giang", "nam-hoc-2023-2024"),
        views=1207,
        meta_time="2023-09-05T09:45:00+00:00",
        nfd=True,
    ),
    Article(
        id=401,
        cat="tin-tuc-su-kien",
        slug="huong-dan-thuc-hien-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2023-2024",
        title="Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2023 - 2024",
        when=datetime(2023, 8, 28, 15, 20),
        listed=date(2023, 8, 28),
        hometext=None,
        blocks=(
            P(
                "(GD&TĐ) - Bộ GD&ĐT vừa ban hành văn bản hướng dẫn thực hiện nhiệm vụ giáo dục"
                " trung học năm học 2023 - 2024, trong đó yêu cầu các địa phương tiếp tục triển"
                " khai hiệu quả Chương trình giáo dục phổ thông 2018 đối với các lớp 6, 7, 8, 10"
                " và 11."
            ),
            P(
                "Theo hướng dẫn, các nhà trường chủ động xây dựng kế hoạch giáo dục phù hợp với"
                " điều kiện thực tế, bảo đảm thực hiện đầy đủ nội dung chương trình; tăng cường tổ"
                " chức dạy học theo hướng phát triển phẩm chất, năng lực học sinh; đổi mới hình"
                " thức, phương pháp kiểm tra, đánh giá."
            ),
            P(
                "Bộ GD&ĐT cũng lưu ý các địa phương rà soát, bổ sung đội ngũ giáo viên, đặc biệt là"
                " giáo viên dạy các môn Tin học, Công nghệ, Nghệ thuật, Khoa học tự nhiên, Lịch sử"
                " và Địa lí; tổ chức bồi dưỡng thường xuyên cho giáo viên về dạy học tích hợp, dạy"
                " học phân hóa."
            ),
            P(
                "Đối với công tác giáo dục đạo đức, lối sống, các trường cần chú trọng giáo dục kỹ"
                " năng sống, xây dựng văn hóa học đường, phòng, chống bạo lực học đường; tăng cường"
                " phối hợp giữa nhà trường, gia đình và xã hội trong giáo dục học sinh."
            ),
        ),
        tags=("nam-hoc-2023-2024", "giao-duc-trung-hoc"),
        views=689,
        author_box="Minh Phong",
        source_box="Báo Giáo dục và Thời đại",
    ),
    Article(
        id=397,
        cat="thong-bao",
        slug="thong-bao-lich-tuu-truong-nam-hoc-2023-2024",
        title="Thông báo lịch tựu trường năm học 2023 - 2024",
        when=datetime(2023, 8, 16, 16, 45),
        listed=date(2023, 8, 16),
        hometext=None,
        blocks=(
            P(
                "Thực hiện Kế hoạch thời gian năm học 2023 - 2024 của UBND tỉnh Bình Định, Trường"
                " THCS Võ Thị Sáu thông báo đến cha mẹ học sinh và các em học sinh lịch tựu trường"
                " như sau:"
            ),
            Items(
                (
                    "Học sinh lớp 6: tựu trường lúc 7 giờ 00, ngày 21/8/2023 (thứ Hai) để làm quen"
                    " với trường lớp, nhận lớp và giáo viên chủ nhiệm.",
                    "Học sinh lớp 7, 8 và 9: tựu trường lúc 7 giờ 00, ngày 23/8/2023 (thứ Tư).",
                    "Lễ khai giảng năm học mới được tổ chức lúc 7 giờ 00, ngày 05/9/2023 (thứ Ba).",
                )
            ),
            P(
                "Khi đến trường, học sinh mặc đồng phục theo quy định, mang theo đầy đủ sách vở, đồ"
                " dùng học tập. Học sinh lớp 6 nộp bổ sung bản sao giấy khai sinh và học bạ tiểu"
                " học (nếu còn thiếu) cho giáo viên chủ nhiệm."
            ),
            P("Mọi thắc mắc xin liên hệ văn phòng nhà trường trong giờ hành chính."),
        ),
        tags=("nam-hoc-2023-2024", "khai-giang"),
        views=2034,
        meta_time="2023-08-16T16:45:00+07:00",
    ),
    Article(
        id=395,
        cat="hoat-dong-chuyen-mon",
        slug="boi-duong-giao-vien-ve-chuyen-doi-so-trong-day-hoc",
        title="Bồi dưỡng giáo viên về chuyển đổi số trong dạy học",
        when=datetime(2023, 8, 10, 8, 30),
        listed=date(2023, 8, 10),
        hometext=(
            "Từ ngày 07 đến 09/8/2023, Trường THCS Võ Thị Sáu tổ chức lớp bồi dưỡng chuyên đề “Ứng"
            " dụng công nghệ thông tin và chuyển đổi số trong dạy học, kiểm tra đánh giá” cho 42"
            " cán bộ, giáo viên nhà trường."
        ),
        blocks=(
            P(
                "Lớp bồi dưỡng do thầy Lê Hoàng Nam, giáo viên Tin học, cốt cán cấp huyện trực tiếp"
                " hướng dẫn. Nội dung tập trung vào việc khai thác hệ thống quản lý học tập (LMS),"
                " thiết kế bài giảng điện tử, sử dụng học liệu số và các công cụ tạo câu hỏi trắc"
                " nghiệm trực tuyến như Google Forms, Quizizz, Azota."
            ),
            P(
                "Bên cạnh phần lý thuyết, các thầy cô được thực hành ngay trên máy tính, mỗi tổ"
                " chuyên môn xây dựng một bài giảng mẫu và một đề kiểm tra trực tuyến để chia sẻ"
                " trong kho học liệu dùng chung của nhà trường."
            ),
            Img(
                "/uploads/news/2023_08/z4598765432101_7c2d9e1f3b5a4c6e8d0f2a4b6c8e0d1f.jpg",
                "figure",
                "Giáo viên thực hành thiết kế đề kiểm tra trực tuyến",
                alt="z4598765432101_7c2d9e1f3b5a4c6e8d0f2a4b6c8e0d1f",
            ),
            P(
                "Theo thầy Nguyễn Văn Bình, Hiệu trưởng nhà trường, chuyển đổi số là nhiệm vụ trọng"
                " tâm của năm học 2023 - 2024. Sau đợt bồi dưỡng, mỗi giáo viên phải có ít nhất hai"
                " bài giảng điện tử đạt yêu cầu và 100% các bài kiểm tra thường xuyên được tổ chức"
                " thử nghiệm trên nền tảng trực tuyến."
            ),
        ),
        tags=("chuyen-doi-so", "gdpt-2018"),
        views=402,
        meta_time="2023-08-10T08:30:00+00:00",
        nfd=True,
    ),
    Article(
        id=390,
        cat="tin-tuc-su-kien",
        slug="ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2023",
        title="Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023",
        when=None,
        listed=date(2023, 7, 30),
        hometext=None,
        blocks=(
            P(
                "Sáng nay 30/7, Chi đoàn giáo viên Trường THCS Võ Thị Sáu phối hợp với Đoàn xã"
                " Phước Hiệp tổ chức ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023 với chủ"
                " đề “Tuổi trẻ Tuy Phước xung kích, tình nguyện vì cộng đồng”."
            ),
            P(
                "Ngay sau lễ ra quân, hơn 60 đoàn viên, thanh niên và học sinh đã dọn vệ sinh, phát"
                " quang bụi rậm trên tuyến đường liên thôn từ thôn Quảng Tín đến thôn Đại Tín, thu"
                " gom rác thải nhựa dọc bờ kênh và sơn sửa lại cổng trường, bồn hoa chuẩn bị cho"
                " năm học mới."
            ),
            Img("/uploads/news/2023_07/tinh-nguyen-he-2023.jpg", "plain", None),
            P(
                "Trong khuôn khổ chiến dịch, Chi đoàn cũng mở lớp ôn tập miễn phí môn Toán và Tiếng"
                " Anh cho 35 học sinh chuẩn bị vào lớp 6 và lớp 9, đồng thời tổ chức hướng dẫn kỹ"
                " năng phòng, chống đuối nước cho các em học sinh trên địa bàn xã."
            ),
            P("Chiến dịch sẽ kéo dài đến hết ngày 20/8/2023."),
        ),
        tags=("doan-thanh-nien", "tinh-nguyen"),
        views=233,
    ),
    Article(
        id=386,
        cat="thong-bao",
        slug="ke-hoach-tuyen-sinh-vao-lop-6-nam-hoc-2023-2024",
        title="Kế hoạch tuyển sinh vào lớp 6 năm học 2023 - 2024",
        when=datetime(2023, 7, 17, 10, 0),
        listed=date(2023, 7, 17),
        hometext=None,
        blocks=(
            P(
                "Trường THCS Võ Thị Sáu thông báo Kế hoạch tuyển sinh vào lớp 6 năm học 2023 -"
                " 2024. Cha mẹ học sinh xem chi tiết trong file đính kèm."
            ),
        ),
        tags=("tuyen-sinh",),
        views=1561,
        attachment="/uploads/news/2023_07/ke-hoach-tuyen-sinh-lop-6-nam-hoc-2023-2024.pdf",
    ),
    Article(
        id=378,
        cat="tin-tuc-su-kien",
        slug="tong-ket-nam-hoc-2022-2023-va-tuyen-duong-hoc-sinh-xuat-sac",
        title="Tổng kết năm học 2022 - 2023 và tuyên dương học sinh xuất sắc",
        when=datetime(2023, 5, 26, 10, 15),
        listed=date(2023, 5, 26),
        hometext=(
            "Sáng 25/5, Trường THCS Võ Thị Sáu tổ chức lễ tổng kết năm học 2022 - 2023, khép lại"
            " một năm học với nhiều kết quả đáng ghi nhận trong công tác dạy và học."
        ),
        blocks=(
            P(
                "Năm học 2022 - 2023, toàn trường có 18 lớp với 672 học sinh. Kết quả xếp loại học"
                " lực cuối năm: loại giỏi chiếm 24,6%, loại khá 41,2%, loại trung bình 31,8%, chỉ"
                " còn 2,4% học sinh xếp loại yếu phải rèn luyện và kiểm tra lại trong hè. 100% học"
                " sinh lớp 9 được xét công nhận tốt nghiệp trung học cơ sở."
            ),
            P(
                "Bên cạnh hoạt động chuyên môn, nhà trường đạt nhiều thành tích trong các phong"
                " trào: 15 giải học sinh giỏi cấp huyện, 3 giải học sinh giỏi cấp tỉnh, giải Nhì"
                " toàn đoàn Hội khỏe Phù Đổng cấp huyện; Liên đội được Hội đồng Đội tỉnh tặng Bằng"
                " khen."
            ),
            Img(
                "/uploads/news/2023_05/tong-ket-nam-hoc-1.jpg",
                "anh_prefix",
                "Thầy Nguyễn Văn Bình, Hiệu trưởng nhà trường báo cáo tổng kết năm học",
            ),
            P(
                "Tại buổi lễ, nhà trường đã khen thưởng 165 học sinh giỏi, 277 học sinh tiên tiến"
                " và tuyên dương 12 học sinh tiêu biểu xuất sắc toàn diện. Nhiều phần quà ý nghĩa"
                " cũng được trao cho các em học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            Img(
                "/uploads/news/2023_05/tong-ket-nam-hoc-2.jpg",
                "anh_prefix",
                "Ban đại diện cha mẹ học sinh trao thưởng cho học sinh tiêu biểu",
            ),
            P(
                "Phát biểu bế mạc, thầy Hiệu trưởng dặn dò các em học sinh sử dụng thời gian nghỉ"
                " hè hợp lý, tham gia các hoạt động tại địa phương, giữ an toàn khi đi bơi, tắm"
                " sông suối và không quên ôn tập kiến thức để chuẩn bị tốt cho năm học mới."
            ),
        ),
        tags=("tong-ket-nam-hoc", "hoc-sinh-gioi"),
        views=874,
        byline=("right_bold", "Người viết: Trần Văn Lực"),
    ),
    Article(
        id=364,
        cat="tin-tuc-su-kien",
        slug="soi-noi-hoi-thi-van-nghe-chao-mung-ky-niem-92-nam-ngay-thanh-lap-doan-tncs-ho-chi-minh",
        title=(
            "Sôi nổi Hội thi văn nghệ chào mừng kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh"
        ),
        when=datetime(2023, 3, 27, 16, 5),
        listed=date(2023, 3, 27),
        hometext=(
            "Chiều 25/3, Liên đội Trường THCS Võ Thị Sáu tổ chức Hội thi văn nghệ “Tuổi trẻ tự"
            " hào tiến bước dưới cờ Đoàn” chào mừng kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí"
            " Minh (26/3/1931 - 26/3/2023)."
        ),
        blocks=(
            P(
                "Hội thi thu hút 16 tiết mục của 16 chi đội đến từ các khối lớp 6, 7, 8 và 9 với"
                " nhiều hình thức biểu diễn phong phú như đơn ca, song ca, tốp ca, múa và hoạt cảnh."
                " Các tiết mục đều hướng về chủ đề ca ngợi Đảng, Bác Hồ, quê hương, đất nước và"
                " tuổi trẻ Việt Nam."
            ),
            Img(
                "/uploads/news/2023_03/hoi-thi-van-nghe-26-3.jpg",
                "figure",
                "Tiết mục múa “Bóng cây Kơ-nia” của chi đội 8A3",
            ),
            P(
                "Ban giám khảo gồm đại diện Ban Chấp hành Đoàn xã Phước Hiệp, giáo viên âm nhạc và"
                " Tổng phụ trách Đội đã chấm điểm công tâm, khách quan. Kết quả, Ban tổ chức trao 1"
                " giải Nhất cho chi đội 9A1, 2 giải Nhì cho chi đội 8A3, 7A2 và 3 giải Ba cho các"
                " chi đội 6A1, 7A4, 9A3."
            ),
            P(
                "Hội thi là sân chơi bổ ích, giúp các em học sinh rèn luyện kỹ năng biểu diễn, tinh"
                " thần đoàn kết và thêm hiểu biết về truyền thống vẻ vang của Đoàn TNCS Hồ Chí"
                " Minh."
            ),
        ),
        tags=("lien-doi", "doan-thanh-nien"),
        views=512,
        repeat_hometext=True,
    ),
    Article(
        id=361,
        cat="hoat-dong-chuyen-mon",
        slug="ky-thi-chon-hoc-sinh-gioi-cap-huyen-truong-thcs-vo-thi-sau-dat-15-giai",
        title="Kỳ thi chọn học sinh giỏi cấp huyện: Trường THCS Võ Thị Sáu đạt 15 giải",
        when=datetime(2023, 3, 13, 17, 0),
        listed=date(2023, 3, 13),
        hometext=(
            "Với 15 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 5 giải Ba và 4 giải Khuyến khích,"
            " Trường THCS Võ Thị Sáu xếp thứ ba toàn huyện tại kỳ thi chọn học sinh giỏi lớp 9 cấp"
            " huyện năm học 2022 - 2023."
        ),
        blocks=(
            P(
                "Kỳ thi do Phòng Giáo dục và Đào tạo huyện Tuy Phước tổ chức trong hai ngày 08 và"
                " 09/3/2023 với 9 môn thi gồm Ngữ văn, Toán, Tiếng Anh, Vật lý, Hóa học, Sinh học,"
                " Lịch sử, Địa lý và Tin học. Nhà trường có 22 học sinh dự thi ở 8 môn."
            ),
            P(
                "Nổi bật là em Trần Ngọc Bảo Châu, lớp 9A1 đạt giải Nhất môn Ngữ văn và em Huỳnh"
                " Gia Khánh, lớp 9A2 đạt giải Nhất môn Toán. Đây là năm thứ hai liên tiếp nhà trường"
                " có học sinh đạt giải Nhất môn Toán cấp huyện."
            ),
            Img(
                "/uploads/news/2023_03/hsg-cap-huyen-2023.jpg",
                "table",
                "Thầy Hiệu trưởng chúc mừng hai em học sinh đạt giải Nhất",
            ),
            P("Kết quả cụ thể theo môn:", bold=True),
            Items(
                (
                    "Ngữ văn: 1 giải Nhất, 1 giải Ba;",
                    "Toán: 1 giải Nhất, 1 giải Nhì, 1 giải Khuyến khích;",
                    "Tiếng Anh: 2 giải Nhì, 1 giải Ba;",
                    "Vật lý, Hóa học, Sinh học, Lịch sử: 1 giải Nhì, 3 giải Ba và 3 giải Khuyến"
                    " khích.",
                )
            ),
            P(
                "Các em đạt giải sẽ tiếp tục được bồi dưỡng để tham gia kỳ thi chọn học sinh giỏi"
                " cấp tỉnh dự kiến tổ chức vào cuối tháng 3/2023."
            ),
        ),
        tags=("hoc-sinh-gioi",),
        views=958,
        byline=("right_bare", "Phạm Quốc Huy"),
    ),
    Article(
        id=352,
        cat="tin-tuc-su-kien",
        slug="truong-thcs-vo-thi-sau-phat-dong-tet-trong-cay-xuan-quy-mao-2023",
        title="Trường THCS Võ Thị Sáu phát động Tết trồng cây Xuân Quý Mão 2023",
        when=datetime(2023, 2, 6, 8, 10),
        listed=date(2023, 2, 6),
        hometext=(
            "Hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Quý Mão 2023, sáng ngày"
            " 06/02/2023, Trường THCS Võ Thị Sáu tổ chức lễ phát động trồng cây xanh trong khuôn"
            " viên nhà trường."
        ),
        blocks=(
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Phước Hiệp, Ban đại diện cha"
                " mẹ học sinh nhà trường cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 600 học"
                " sinh."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Bình, Hiệu trưởng nhà trường nhấn mạnh ý"
                " nghĩa của phong trào Tết trồng cây do Chủ tịch Hồ Chí Minh phát động từ năm 1959."
                " Trồng cây không chỉ góp phần tạo cảnh quan xanh - sạch - đẹp, cải thiện môi"
                " trường học tập mà còn giáo dục cho học sinh ý thức bảo vệ môi trường, tình yêu"
                " thiên nhiên và lòng biết ơn đối với Bác Hồ kính yêu."
            ),
            Img("/uploads/news/2023_02/tet-trong-cay-2023.jpg", "plain", None, alt=""),
            P(
                "Ngay sau lễ phát động, các chi đoàn, liên đội và các lớp đã trồng mới 45 cây bóng"
                " mát, cây sao đen, bằng lăng và hoa giấy dọc hai bên đường nội bộ, khu vườn trường"
                " và sân thể dục. Mỗi lớp được giao chăm sóc một cây, có biển tên và sổ theo dõi sự"
                " phát triển của cây trong suốt năm học."
            ),
            P(
                "Dịp này, Ban đại diện cha mẹ học sinh đã trao tặng nhà trường 20 chậu cây cảnh trị"
                " giá gần 10 triệu đồng để trang trí khu vực hành lang các dãy phòng học."
            ),
        ),
        tags=("tet-trong-cay",),
        views=377,
        meta_time="2023-02-06T08:10:00+07:00",
    ),
)

_BY_ID: dict[int, Article] = {a.id: a for a in ARTICLES}


def _in(cat: str) -> list[Article]:
    """A category's articles, newest first (the order the listings print)."""
    return sorted((a for a in ARTICLES if a.cat == cat), key=lambda a: a.id, reverse=True)


def _latest(n: int) -> list[Article]:
    return sorted(ARTICLES, key=lambda a: a.id, reverse=True)[:n]


# --------------------------------------------------------------------------- the gold (by hand)


def _img(path: str, caption: str | None) -> dict[str, str | None]:
    return {"path": path, "caption": caption}


_N412, _N410, _N406, _N401, _N397, _N395, _N390, _N386, _N378, _N364, _N361, _N352 = (
    _BY_ID[i] for i in (412, 410, 406, 401, 397, 395, 390, 386, 378, 364, 361, 352)
)


def _paragraphs(a: Article) -> list[str]:
    """The article's text in reading order, as a reader copies it: sapo once, then the body."""
    out = [a.hometext] if a.hometext else []
    for block in a.blocks:
        if isinstance(block, P):
            out.append(block.text)
        elif isinstance(block, Items):
            out.extend(block.items)
    return out


def _gold(
    a: Article,
    published_at: str | None,
    authors: list[str],
    photographers: list[str],
    source: str | None,
    images: list[dict[str, str | None]],
) -> dict:
    return {
        "path": a.path,
        "canonical_path": a.path,
        "title": a.title,
        "published_at": published_at,
        "authors": authors,
        "photographers": photographers,
        "source": source,
        "summary": a.hometext,
        "body": "\n\n".join(_paragraphs(a)),
        "images": images,
        "category": CATEGORIES[a.cat],
    }


GOLD: list[dict] = [
    _gold(
        _N412,
        "2023-09-29T19:40:00+07:00",
        ["Lê Thị Mỹ Duyên"],
        ["Lê Thị Mỹ Duyên"],
        None,
        [
            _img(
                "/uploads/news/2023_09/z4729105836274_4e8a1c3b5d7f9e2a6c0b8d4f1e3a5c7b.jpg",
                "Các em học sinh rước đèn quanh sân trường",
            ),
            _img(
                "/uploads/news/2023_09/trung-thu-2023-trao-qua.jpg",
                "Trao quà Trung thu cho học sinh có hoàn cảnh khó khăn",
            ),
        ],
    ),
    _gold(
        _N410,
        "2023-09-21T14:30:00+07:00",
        ["Nguyễn Thị Hồng Nhung"],
        [],
        None,
        [
            _img("/uploads/news/2023_09/z4712398765432_9b1c7e2f4a6d8c0e1f3a5b7c9d2e4f6a.jpg", None),
            _img(
                "/uploads/news/2023_09/chuyen-de-ngu-van-8a2.jpg",
                "Học sinh lớp 8A2 trình bày sản phẩm học tập của nhóm",
            ),
        ],
    ),
    _gold(
        _N406,
        "2023-09-05T09:45:00+07:00",
        [],
        [],
        None,
        [
            _img(
                "/uploads/news/2023_09/khai-giang-2023-1.jpg",
                "Học sinh lớp 6 tiến vào lễ đài trong ngày khai giảng đầu tiên ở bậc trung học cơ sở",
            ),
            _img(
                "/uploads/news/2023_09/khai-giang-2023-2.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
            ),
        ],
    ),
    _gold(_N401, "2023-08-28T15:20:00+07:00", ["Minh Phong"], [], "Báo Giáo dục và Thời đại", []),
    _gold(_N397, "2023-08-16T16:45:00+07:00", [], [], None, []),
    _gold(
        _N395,
        "2023-08-10T08:30:00+07:00",
        [],
        [],
        None,
        [
            _img(
                "/uploads/news/2023_08/z4598765432101_7c2d9e1f3b5a4c6e8d0f2a4b6c8e0d1f.jpg",
                "Giáo viên thực hành thiết kế đề kiểm tra trực tuyến",
            )
        ],
    ),
    _gold(
        _N390,
        "2023-07-30",
        [],
        [],
        None,
        [_img("/uploads/news/2023_07/tinh-nguyen-he-2023.jpg", None)],
    ),
    _gold(_N386, "2023-07-17T10:00:00+07:00", [], [], None, []),
    _gold(
        _N378,
        "2023-05-26T10:15:00+07:00",
        ["Trần Văn Lực"],
        [],
        None,
        [
            _img(
                "/uploads/news/2023_05/tong-ket-nam-hoc-1.jpg",
                "Thầy Nguyễn Văn Bình, Hiệu trưởng nhà trường báo cáo tổng kết năm học",
            ),
            _img(
                "/uploads/news/2023_05/tong-ket-nam-hoc-2.jpg",
                "Ban đại diện cha mẹ học sinh trao thưởng cho học sinh tiêu biểu",
            ),
        ],
    ),
    _gold(
        _N364,
        "2023-03-27T16:05:00+07:00",
        [],
        [],
        None,
        [
            _img(
                "/uploads/news/2023_03/hoi-thi-van-nghe-26-3.jpg",
                "Tiết mục múa “Bóng cây Kơ-nia” của chi đội 8A3",
            )
        ],
    ),
    _gold(
        _N361,
        "2023-03-13T17:00:00+07:00",
        ["Phạm Quốc Huy"],
        [],
        None,
        [
            _img(
                "/uploads/news/2023_03/hsg-cap-huyen-2023.jpg",
                "Thầy Hiệu trưởng chúc mừng hai em học sinh đạt giải Nhất",
            )
        ],
    ),
    _gold(
        _N352,
        "2023-02-06T08:10:00+07:00",
        [],
        [],
        None,
        [_img("/uploads/news/2023_02/tet-trong-cay-2023.jpg", None)],
    ),
]


def _listing_pages(cat: str) -> list[str]:
    count = max(1, -(-len(_in(cat)) // PER_PAGE))
    return [f"/news/{cat}/"] + [f"/news/{cat}/page-{n}" for n in range(2, count + 1)]


NON_ARTICLES: list[str] = [
    "/",
    "/news/",
    *(p for cat in CATEGORIES for p in _listing_pages(cat)),
    *(f"/news/print/{a.leaf}" for a in ARTICLES),
    *(f"/news/savefile/{a.leaf}" for a in ARTICLES),
    *(f"/news/sendmail/{a.cat}/{a.leaf}" for a in ARTICLES),
    *(f"/news/tag/{t}" for t in TAGS),
    "/rss/",
    "/news/rss/",
    *(f"/news/rss/{cat}/" for cat in CATEGORIES),
    "/seek/",
    "/seek/?q=khai+gi%E1%BA%A3ng",
    "/seek/?q=tuyen+sinh",
    "/about/gioi-thieu-chung.html",
    "/about/co-cau-to-chuc.html",
    "/contact/",
    "/users/login/",
    "/uploads/news/2023_07/ke-hoach-tuyen-sinh-lop-6-nam-hoc-2023-2024.pdf",
]


# --------------------------------------------------------------------------- rendering


def _e(text: str) -> str:
    return _html.escape(text, quote=False)


def _a(text: str) -> str:
    return _html.escape(text, quote=True)


_REFS = {"ộ": "&#7897;", "ư": "&#432;", "à": "&agrave;", "ế": "&#7871;", "ọ": "&#x1ECD;"}


def _refs(markup: str) -> str:
    """Old CKEditor output: some letters as named or numeric character references."""
    return "".join(_REFS.get(ch, ch) for ch in markup)


def _dateline(when: datetime) -> str:
    return f"{_WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"


def _host(request: Request) -> str:
    for key, value in request.headers.items():
        if key.lower() == "host":
            return value
    return "127.0.0.1"


def _views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _image_markup(img: Img) -> str:
    src, alt = _a(img.src), _a(img.alt)
    tag = f'<img alt="{alt}" src="{src}" style="width: 800px; height: 533px;" />'
    if img.style == "figure":
        return (
            f'<figure class="image"><img alt="{alt}" height="533" src="{src}" width="800" />'
            f"<figcaption>{_e(img.caption or '')}</figcaption></figure>"
        )
    if img.style == "zalo_figcaption":
        name = img.src.rsplit("/", 1)[-1]
        return (
            f'<figure class="image"><img alt="{alt}" height="600" src="{src}" width="800" />'
            f"<figcaption>{_e(name)}</figcaption></figure>"
        )
    if img.style == "center_em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{_e(img.caption or "")}</em></p>'
        )
    if img.style == "anh_prefix":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;">Ảnh: {_e(img.caption or "")}</p>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image"'
            ' style="width: 100%;"><tbody>'
            f'<tr><td style="text-align: center;"><img alt="{alt}" src="{src}" width="760" /></td></tr>'
            f'<tr><td class="image_caption" style="text-align: center;">{_e(img.caption or "")}</td></tr>'
            "</tbody></table>"
        )
    return f'<p style="text-align: center;">{tag}</p>'


def _byline_markup(style: str, line: str) -> str:
    if style == "right_em":
        return f'<p style="text-align: right;"><em><strong>{_e(line)}</strong></em></p>'
    if style == "right_bold":
        return f'<p style="text-align: right;"><strong>{_e(line)}</strong></p>'
    return f'<div style="text-align: right;"><b>{_e(line)}</b></div>'


def _bodyhtml(a: Article) -> str:
    parts: list[str] = []
    if a.repeat_hometext and a.hometext:
        parts.append(f'<p style="text-align: justify;">{_e(a.hometext)}</p>')
    for block in a.blocks:
        if isinstance(block, P):
            inner = f"<strong>{_e(block.text)}</strong>" if block.bold else _e(block.text)
            parts.append(f'<p style="text-align: justify;">{inner}</p>')
        elif isinstance(block, Items):
            lis = "".join(f"<li>{_e(item)}</li>" for item in block.items)
            parts.append(f"<ul>{lis}</ul>")
        else:
            parts.append(_image_markup(block))
    if a.byline:
        parts.append(_byline_markup(*a.byline))
    markup = "\n".join(parts)
    return _refs(markup) if a.entities else markup


# --- the theme around every page ---

_MENU = (
    ("/", "Trang nhất"),
    ("/about/gioi-thieu-chung.html", "Giới thiệu"),
    ("/news/", "Tin Tức"),
    ("/news/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn"),
    ("/news/thong-bao/", "Thông báo"),
    ("/contact/", "Liên hệ"),
)


def _menu() -> str:
    subs = "".join(
        f'<li><a href="/news/{slug}/" title="{_a(name)}">{_e(name)}</a></li>'
        for slug, name in CATEGORIES.items()
    )
    items = []
    for href, label in _MENU:
        if href == "/news/":
            items.append(
                f'<li class="dropdown"><a class="dropdown-toggle" href="{href}" title="{label}">'
                f'{label} <strong class="caret">&nbsp;</strong></a>'
                f'<ul class="dropdown-menu">{subs}</ul></li>'
            )
        else:
            items.append(f'<li><a href="{href}" title="{_a(label)}">{_e(label)}</a></li>')
    return (
        '<nav class="second-nav" id="menusite"><div class="container"><div class="row">'
        '<div class="bg box-shadow"><ul class="nav navbar-nav">' + "".join(items) + "</ul>"
        "</div></div></div></nav>"
    )


def _header() -> str:
    clock = f"{_WEEKDAYS[_CLOCK.weekday()]}, {_CLOCK:%d/%m/%Y} | {_CLOCK:%H:%M} GMT+7"
    return f"""<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy xem hướng dẫn của trình duyệt.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{_a(SITE_NAME)}" href="/"><img src="/uploads/logo-vts.png" width="96" height="96" alt="{_a(SITE_NAME)}" /></a>
<span class="site_name">{_e(SITE_NAME)}</span><span class="site_description">{_e(SITE_DESC)}</span>
</div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch">
<form action="/seek/" method="get"><div class="input-group">
<input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..." />
<span class="input-group-btn"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span>
</div></form></div>
<div class="personalArea"><a href="/users/login/" rel="nofollow">Đăng nhập</a></div>
</div></div></div></header>
{_menu()}
<div class="container"><div class="third-nav"><div class="row"><div class="bg clearfix">
<div class="col-xs-24 col-sm-18 col-md-18"><div class="current-time">{clock}</div></div>
<div class="col-xs-24 col-sm-6 col-md-6"><span class="marquee">Chào mừng quý thầy cô và các em học sinh đến với website {_e(SITE_NAME)}!</span></div>
</div></div></div></div>"""


def _breadcrumbs(trail: list[tuple[str, str]]) -> str:
    items = [
        '<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/" '
        'itemprop="url" title="Trang nhất"><span itemprop="title">Trang nhất</span></a></li>'
    ]
    items += [
        f'<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{href}" '
        f'itemprop="url" title="{_a(label)}"><span itemprop="title">{_e(label)}</span></a></li>'
        for href, label in trail
    ]
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none">'
        + "".join(items)
        + "</ul></div></div>"
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li class="clearfix"><a href="{a.path}" title="{_a(a.title)}">{_e(a.title)}</a></li>'
        for a in _in("thong-bao")
    )
    popular = sorted(ARTICLES, key=lambda a: a.views, reverse=True)[:4]
    hot = "".join(
        f'<li class="clearfix"><a href="{a.path}" title="{_a(a.title)}">{_e(a.title)}</a></li>'
        for a in popular
    )
    return f"""<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Thông báo</div>
<div class="panel-body"><ul class="block_tophits list-none">{notices}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>
<div class="panel-body"><ul class="list-none">{hot}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div>
<div class="panel-body"><div id="voting_4"><form action="#" method="get">
<div class="h3 margin-bottom"><strong>Bạn quan tâm điều gì nhất khi tìm hiểu về nhà trường?</strong></div>
<div class="clearfix"><div class="radio"><label><input type="radio" name="option" value="10" /> Chất lượng giảng dạy</label></div>
<div class="radio"><label><input type="radio" name="option" value="11" /> Cơ sở vật chất</label></div>
<div class="radio"><label><input type="radio" name="option" value="12" /> Hoạt động ngoại khóa</label></div>
<div class="radio"><label><input type="radio" name="option" value="13" /> Tất cả các ý kiến trên</label></div></div>
<div class="clearfix"><input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '4', '1', '0', '', '0');" />
<input class="btn btn-primary btn-sm" type="button" value="Kết quả" onclick="nv_sendvoting(this.form, '4', 0, '0', '', '0');" /></div>
</form></div></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>17</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Máy chủ tìm kiếm</span><span>3</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Khách viếng thăm</span><span>14</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>486</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Tháng hiện tại</span><span>11.902</span></li>
<li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.248.573</span></li>
</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div>
<div class="panel-body"><select class="form-control" onchange="if (this.value) window.open(this.value, '_blank');">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://binhdinh.edu.vn">Sở GD&amp;ĐT Bình Định</option>
<option value="https://tuyphuoc.edu.vn">Phòng GD&amp;ĐT Tuy Phước</option>
</select></div></div>
</div>"""


def _footer() -> str:
    return f"""<footer id="footer"><div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12">
<div class="panel-body"><h3 class="footer-title">{_e(SITE_NAME).upper()}</h3>
<p>Cơ quan chủ quản: Phòng Giáo dục và Đào tạo huyện Tuy Phước</p>
<p>Chịu trách nhiệm chính: Thầy Nguyễn Văn Bình - Hiệu trưởng</p>
<p>Địa chỉ: Thôn Quảng Tín, xã Phước Hiệp, huyện Tuy Phước, tỉnh Bình Định</p>
<p>Điện thoại: 0256 3 634 218 - Email: thcsvothisau.tp@binhdinh.edu.vn</p></div></div>
<div class="col-xs-24 col-sm-24 col-md-12"><div class="panel-body">
<p>© Bản quyền thuộc về {_e(SITE_NAME)}. Ghi rõ nguồn “{_e(SITE_NAME)}” khi phát hành lại thông tin từ website này.</p>
<p>Thiết kế bởi VINADES.,JSC - Nền tảng NukeViet CMS</p>
<p><a href="/rss/" title="RSS">RSS</a> - <a href="/contact/">Liên hệ</a></p>
</div></div></div></div></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/themes/default/js/main.js"></script>"""


def _page(
    title: str,
    main: str,
    base: str,
    canonical: str | None = None,
    head: str = "",
    trail: list[tuple[str, str]] | None = None,
) -> str:
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    crumbs = _breadcrumbs(trail) if trail is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{_e(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="author" content="{_a(SITE_NAME)}" />
<meta name="copyright" content="{_a(SITE_NAME)} [webmaster@thcsvothisau.edu.vn]" />
<meta name="generator" content="NukeViet v4.5" />
{head}
{canon}
<link rel="icon" href="/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" href="/news/rss/" title="{MODULE_TITLE}" type="application/rss+xml" />
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css" />
<link rel="StyleSheet" href="/themes/default/css/style.css" />
<link rel="StyleSheet" href="/themes/default/css/news.css" />
<style>.hometext{{font-weight:bold;}} .bodytext{{text-align:justify;}}</style>
</head>
<body>
{_header()}
<section><div class="container" id="body">
{crumbs}
<div class="row"><div class="col-sm-16 col-md-18">
{main}
</div>
{_sidebar()}
</div></div></section>
{_footer()}
</div></div>
</body>
</html>"""


# --- pages ---


def _other_list(label: str, items: list[Article]) -> str:
    if not items:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{a.path}" title="{_a(a.title)}">'
        f"{_e(a.title)}</a><em> ({a.listed:%d/%m/%Y})</em></li>"
        for a in items
    )
    return f'<p class="h3"><strong>{label}</strong></p><div class="clearfix"><ul class="related list-items">{lis}</ul></div>'


def _article_page(a: Article, base: str) -> str:
    cat_name = CATEGORIES[a.cat]
    siblings = _in(a.cat)
    pos = siblings.index(a)
    newer, older = siblings[max(0, pos - 3) : pos], siblings[pos + 1 : pos + 6]
    related = [
        o
        for o in sorted(ARTICLES, key=lambda x: x.id, reverse=True)
        if o is not a and set(o.tags) & set(a.tags)
    ][:3]
    desc = a.teaser()
    og_image = f'<meta property="og:image" content="{base}{a.images[0].src}" />' if a.images else ""
    meta_time = (
        f'<meta property="article:published_time" content="{a.meta_time}" />' if a.meta_time else ""
    )
    head = f"""<meta name="description" content="{_a(desc)}" />
<meta name="keywords" content="{_a(", ".join(TAGS[t] for t in a.tags))}" />
<meta name="news_keywords" content="{_a(", ".join(TAGS[t] for t in a.tags))}" />
<meta property="og:title" content="{_a(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:description" content="{_a(desc)}" />
<meta property="og:site_name" content="{_a(SITE_NAME)}" />
{og_image}
<meta property="og:url" content="{base}{a.path}" />
{meta_time}
<meta property="article:section" content="{_a(cat_name)}" />"""
    dateline = (
        f'<span class="h5">{_dateline(a.when)}</span>' if a.when else '<span class="h5"></span>'
    )
    hometext = (
        f'<div class="clearfix"><div class="hometext m-bottom" itemprop="description">'
        f"{_e(a.hometext)}</div></div>"
        if a.hometext
        else ""
    )
    author = ""
    if a.author_box or a.source_box:
        author = '<div class="margin-bottom-lg">'
        if a.author_box:
            author += f'<p class="h5 text-right"><strong>Tác giả: </strong>{_e(a.author_box)}</p>'
        if a.source_box:
            author += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{_e(a.source_box)}</p>'
        author += "</div>"
    files = ""
    if a.attachment:
        name = a.attachment.rsplit("/", 1)[-1]
        files = (
            '<div class="news_column panel panel-default"><div class="panel-body">'
            '<div class="h3 margin-bottom"><em class="fa fa-download">&nbsp;</em>'
            "<strong>File đính kèm</strong></div>"
            f'<ul class="list-unstyled download"><li><a href="{a.attachment}" title="{_a(name)}">'
            f'<em class="fa fa-file-pdf-o">&nbsp;</em>{_e(name)}</a> '
            '<a class="btn btn-default btn-xs" href="' + a.attachment + '">Tải về</a></li></ul>'
            "</div></div>"
        )
    tags = ", ".join(
        f'<a title="{_a(TAGS[t])}" href="/news/tag/{t}"><em>{_e(TAGS[t])}</em></a>' for t in a.tags
    )
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{_e(a.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12">{dateline}</div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {_views(a.views)}</li>
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/news/sendmail/{a.cat}/{a.leaf}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ấn" href="/news/print/{a.leaf}" target="_blank"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/{a.leaf}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div></div>
{hometext}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_bodyhtml(a)}
</div>
{author}
</div></div>
{files}
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">
<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tags}</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">
<div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {a.views % 40 + 5} trong {a.views % 9 + 1} đánh giá</p>
<span class="star-rating"><input type="radio" name="star" value="1" /><input type="radio" name="star" value="2" /><input type="radio" name="star" value="3" /><input type="radio" name="star" value="4" /><input type="radio" name="star" value="5" /></span>
<p>Click để đánh giá bài viết</p></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<div class="socialicon clearfix"><div class="fb-like" data-href="{base}{a.path}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
<a class="zalo-share-button" href="javascript:void(0);" data-href="{base}{a.path}" data-oaid="579745863508352884" data-layout="1" data-color="blue">Chia sẻ Zalo</a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<p class="h3"><strong>Ý kiến bạn đọc</strong></p>
<div class="alert alert-info">Bạn cần đăng nhập với tư cách là Thành viên chính thức để có thể bình luận</div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
{_other_list("Tin liên quan", related)}
{_other_list("Tin mới hơn", newer)}
{_other_list("Tin cũ hơn", older)}
</div></div>"""
    return _page(
        f"{a.title} - {cat_name} - {SITE_NAME}",
        main,
        base,
        canonical=a.path,
        head=head,
        trail=[("/news/", MODULE_TITLE), (f"/news/{a.cat}/", cat_name)],
    )


def _print_page(a: Article, base: str, save: bool) -> str:
    when = _dateline(a.when) if a.when else ""
    hometext = f'<div id="hometext">{_e(a.hometext)}</div>' if a.hometext else ""
    author = ""
    if a.author_box:
        author += f'<p class="text-right"><strong>Tác giả: </strong>{_e(a.author_box)}</p>'
    if a.source_box:
        author += f'<p class="text-right"><strong>Nguồn tin: </strong>{_e(a.source_box)}</p>'
    tools = (
        ""
        if save
        else '<div id="footerprint"><a href="javascript:;" onclick="window.print()">In bài này</a>'
        ' | <a href="javascript:window.close()">Đóng cửa sổ</a></div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{_e(a.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base}{a.path}" />
<link rel="StyleSheet" href="/themes/default/css/news.print.css" />
</head><body>
<div id="print"><div id="hd_print"><h2 class="pull-left">{_e(SITE_NAME)}</h2>
<p class="pull-right"><a href="{base}/" title="{_a(SITE_NAME)}">{_e(base.split("://", 1)[1])}</a></p></div>
<div class="clear"></div><hr />
<div id="content"><h1>{_e(a.title)}</h1>
<ul class="list-inline"><li>{when}</li></ul>
<div class="clear"></div>
{hometext}
<div id="bodytext" class="clearfix">{_bodyhtml(a)}</div>
{author}
</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bài viết: </strong><a href="{base}{a.path}" title="{_a(a.title)}">{base}{a.path}</a></div>
<div class="copyright">© {_e(SITE_NAME)}</div>
{tools}</div></div>
</body></html>"""


def _sendmail_page(a: Article, base: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>Gửi bài viết qua email</title><meta name="robots" content="noindex, nofollow" /></head><body>
<div class="sendmail"><h2>Gửi bài viết qua email</h2>
<p>Bài viết: <a href="{a.path}">{_e(a.title)}</a></p>
<form method="post" action="/news/sendmail/{a.cat}/{a.leaf}">
<label>Tên của bạn <input name="name" /></label><label>Email của bạn <input name="youremail" /></label>
<label>Email người nhận <input name="email" /></label><label>Nội dung <textarea name="content"></textarea></label>
<input type="submit" value="Gửi" /></form></div></body></html>"""


def _item(a: Article) -> str:
    thumb = a.images[0].src if a.images else "/themes/default/images/no_image.gif"
    thumb = thumb.replace("/uploads/", "/assets/", 1)
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<a href="{a.path}" title="{_a(a.title)}"><img alt="{_a(a.title)}" src="{thumb}" width="120" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{a.path}" title="{_a(a.title)}">{_e(a.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> {a.listed:%d/%m/%Y}</li>
<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {_views(a.views)}</li></ul></div>
<div class="text-justify">{_e(a.teaser())}</div>
</div></div>"""


def _pagination(cat: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""

    def href(n: int) -> str:
        return f"/news/{cat}/" if n == 1 else f"/news/{cat}/page-{n}"

    items = [
        '<li class="disabled"><a href="#">&laquo;</a></li>'
        if page == 1
        else f'<li><a href="{href(page - 1)}">&laquo;</a></li>'
    ]
    for n in range(1, pages + 1):
        items.append(
            f'<li class="active"><a href="#">{n}</a></li>'
            if n == page
            else f'<li><a href="{href(n)}">{n}</a></li>'
        )
    items.append(
        '<li class="disabled"><a href="#">&raquo;</a></li>'
        if page == pages
        else f'<li><a href="{href(page + 1)}">&raquo;</a></li>'
    )
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def _listing_page(cat: str, page: int, base: str) -> str | None:
    articles = _in(cat)
    pages = len(_listing_pages(cat))
    if not 1 <= page <= pages:
        return None
    chunk = articles[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = CATEGORIES[cat]
    target = _listing_pages(cat)[page - 1]
    main = (
        f'<div class="page-header"><h1>{_e(name)}</h1></div>'
        + "\n".join(_item(a) for a in chunk)
        + _pagination(cat, page, pages)
    )
    title = (
        f"{name} - {MODULE_TITLE} - {SITE_NAME}"
        if page == 1
        else f"{name} - Trang {page} - {MODULE_TITLE} - {SITE_NAME}"
    )
    head = f'<link rel="alternate" href="/news/rss/{cat}/" title="{_a(name)}" type="application/rss+xml" />'
    return _page(
        title,
        main,
        base,
        canonical=target,
        head=head,
        trail=[("/news/", MODULE_TITLE), (f"/news/{cat}/", name)],
    )


def _home_block(cat: str, count: int) -> str:
    items = _in(cat)[:count]
    lead, rest = items[0], items[1:]
    thumb = (lead.images[0].src if lead.images else "/themes/default/images/no_image.gif").replace(
        "/uploads/", "/assets/", 1
    )
    others = "".join(
        f'<li class="icon_list"><a class="show" href="{a.path}" title="{_a(a.title)}">'
        f"{_e(a.title)}</a></li>"
        for a in rest
    )
    return f"""<div class="news_column panel panel-default"><div class="panel-heading">
<h4><a title="{_a(CATEGORIES[cat])}" href="/news/{cat}/"><span>{_e(CATEGORIES[cat])}</span></a></h4></div>
<div class="panel-body"><div class="row"><div class="col-md-12">
<a href="{lead.path}" title="{_a(lead.title)}"><img src="{thumb}" alt="{_a(lead.title)}" width="180" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{lead.path}" title="{_a(lead.title)}">{_e(lead.title)}</a></h3>
<p>{_e(lead.teaser())}</p></div>
<div class="col-md-12"><ul class="related">{others}</ul></div>
<div class="text-right"><a href="/news/{cat}/" title="Xem tiếp">Xem tiếp...</a></div></div></div></div>"""


def _home(base: str) -> str:
    main = _home_block("tin-tuc-su-kien", 3) + _home_block("hoat-dong-chuyen-mon", 2)
    return _page(SITE_NAME, main, base, canonical="/")


def _news_main(base: str) -> str:
    main = "".join(_home_block(cat, 2) for cat in CATEGORIES)
    return _page(
        f"{MODULE_TITLE} - {SITE_NAME}",
        main,
        base,
        canonical="/news/",
        trail=[("/news/", MODULE_TITLE)],
    )


def _tag_page(tag: str, base: str) -> str:
    items = [a for a in sorted(ARTICLES, key=lambda x: x.id, reverse=True) if tag in a.tags]
    main = f'<div class="page-header"><h1>Tags: {_e(TAGS[tag])}</h1></div>' + "\n".join(
        _item(a) for a in items
    )
    return _page(
        f"{TAGS[tag]} - {MODULE_TITLE} - {SITE_NAME}",
        main,
        base,
        canonical=f"/news/tag/{tag}",
        trail=[("/news/", MODULE_TITLE)],
    )


def _fold(text: str) -> str:
    """Accent-blind lower case, the way NukeViet's search matches."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _search(request: Request, base: str) -> str:
    q = request.params.get("q", "").strip()
    form = (
        '<form action="/seek/" method="get" class="form-inline"><input class="form-control" '
        f'name="q" value="{_a(q)}" /> <input class="btn btn-primary" type="submit" '
        'value="Tìm kiếm" /></form>'
    )
    if not q:
        return _page(f"Tìm kiếm - {SITE_NAME}", f"<h1>Tìm kiếm</h1>{form}", base)
    hits = [
        a
        for a in sorted(ARTICLES, key=lambda x: x.id, reverse=True)
        if _fold(q) in _fold(a.title + " " + " ".join(_paragraphs(a)))
    ]
    results = (
        "".join(
            f'<div class="result"><h3><a href="{a.path}">{_e(a.title)}</a></h3>'
            f'<p class="result-content">{_e(a.teaser()[:160])}...</p>'
            f'<div class="result-url">{base}{a.path}</div></div>'
            for a in hits
        )
        or '<p class="alert alert-info">Không tìm thấy kết quả nào phù hợp</p>'
    )
    main = (
        f'<h1>Tìm kiếm</h1>{form}<div class="seek"><p>Có {len(hits)} kết quả cho từ khóa '
        f"<strong>{_e(q)}</strong> trong module <strong>{MODULE_TITLE}</strong></p>{results}</div>"
    )
    return _page(f"{q} - Tìm kiếm - {SITE_NAME}", main, base)


def _rss(base: str, cat: str | None) -> str:
    items = _in(cat)[:3] if cat else _latest(5)
    title = f"{CATEGORIES[cat]} - {SITE_NAME}" if cat else f"{MODULE_TITLE} - {SITE_NAME}"
    link = f"{base}/news/{cat}/" if cat else f"{base}/news/"
    self_link = f"{base}/news/rss/{cat}/" if cat else f"{base}/news/rss/"
    entries = []
    for a in items:
        if a.when is None:  # an item without a time is never the feed's newest: keep feeds honest
            continue
        stamp = format_datetime(a.when.replace(tzinfo=_LOCAL))
        image = (
            f'<img src="{base}{a.images[0].src}" width="100" align="left" border="0" />'
            if a.images
            else ""
        )
        entries.append(
            f"<item><title>{_e(a.title)}</title><link>{base}{a.path}</link>"
            f'<guid isPermaLink="false">{a.cat}_{a.id}</guid>'
            f"<description><![CDATA[{image}{a.teaser()}]]></description>"
            f"<pubDate>{stamp}</pubDate></item>"
        )
    newest = format_datetime(items[0].when.replace(tzinfo=_LOCAL)) if items[0].when else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>{_e(title)}</title><link>{link}</link>
<atom:link href="{self_link}" rel="self" type="application/rss+xml" />
<description>Tin tức của {_e(SITE_NAME)}</description><language>vi</language>
<copyright>{_e(SITE_NAME)}</copyright><docs>{base}/rss/</docs><generator>NukeViet v4.5</generator>
<pubDate>{newest}</pubDate>
{"".join(entries)}
</channel></rss>"""


def _rss_index(base: str) -> str:
    feeds = [f'<li><a href="/news/rss/">{MODULE_TITLE}</a><ul>']
    feeds += [
        f'<li><a href="/news/rss/{cat}/">{_e(name)}</a></li>' for cat, name in CATEGORIES.items()
    ]
    feeds.append("</ul></li>")
    main = f'<div class="page-header"><h1>RSS</h1></div><ul class="rss">{"".join(feeds)}</ul>'
    return _page(f"RSS - {SITE_NAME}", main, base, canonical="/rss/", trail=[("/rss/", "RSS")])


_ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        (
            "Trường THCS Võ Thị Sáu được thành lập năm 1986 trên cơ sở tách ra từ Trường Phổ thông"
            " cơ sở Phước Hiệp. Trải qua gần 40 năm xây dựng và phát triển, nhà trường đã trở thành"
            " địa chỉ tin cậy của cha mẹ học sinh trong xã và các xã lân cận.",
            "Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2015 và đạt kiểm định chất"
            " lượng giáo dục cấp độ 2 năm 2020. Hiện nay trường có 19 lớp với hơn 700 học sinh, đội"
            " ngũ 46 cán bộ, giáo viên, nhân viên.",
            "Sứ mệnh của nhà trường là xây dựng môi trường học tập thân thiện, kỷ cương, chất"
            " lượng, giúp mỗi học sinh phát triển toàn diện về phẩm chất và năng lực.",
        ),
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        (
            "Ban Giám hiệu: Hiệu trưởng Nguyễn Văn Bình; Phó Hiệu trưởng Đỗ Minh Trí.",
            "Các tổ chuyên môn: tổ Toán - Tin, tổ Khoa học tự nhiên, tổ Ngữ văn - Sử - Địa, tổ"
            " Ngoại ngữ - Nghệ thuật - Thể dục và tổ Văn phòng.",
            "Các đoàn thể: Chi bộ, Công đoàn, Chi đoàn giáo viên và Liên đội.",
        ),
    ),
}


def _about(slug: str, base: str) -> str:
    title, paragraphs = _ABOUT[slug]
    nav = "".join(f'<li><a href="/about/{s}.html">{_e(t)}</a></li>' for s, (t, _) in _ABOUT.items())
    body = "".join(f"<p>{_e(p)}</p>" for p in paragraphs)
    main = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title">'
        f'{_e(title)}</h1><div class="bodytext">{body}</div></div></div>'
        f'<ul class="other-pages">{nav}</ul>'
    )
    return _page(
        f"{title} - Giới thiệu - {SITE_NAME}",
        main,
        base,
        canonical=f"/about/{slug}.html",
        trail=[("/about/", "Giới thiệu")],
    )


def _contact(base: str) -> str:
    main = """<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>
<p>Địa chỉ: Thôn Quảng Tín, xã Phước Hiệp, huyện Tuy Phước, tỉnh Bình Định</p>
<p>Điện thoại: 0256 3 634 218</p>
<form method="post" action="/contact/"><label>Họ và tên <input name="fname" /></label>
<label>Email <input name="femail" /></label><label>Tiêu đề <input name="ftitle" /></label>
<label>Nội dung <textarea name="fcon"></textarea></label><input type="submit" value="Gửi" /></form>
</div></div>"""
    return _page(
        f"Liên hệ - {SITE_NAME}",
        main,
        base,
        canonical="/contact/",
        trail=[("/contact/", "Liên hệ")],
    )


def _login(base: str) -> str:
    main = """<div class="panel panel-default"><div class="panel-body"><h1>Đăng nhập</h1>
<form method="post" action="/users/login/"><label>Tên đăng nhập <input name="nv_login" /></label>
<label>Mật khẩu <input type="password" name="nv_password" /></label>
<input type="submit" value="Đăng nhập" /></form></div></div>"""
    return _page(f"Đăng nhập - {SITE_NAME}", main, base, trail=[("/users/", "Tài khoản")])


_ARTICLE_RE = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_VIEW_RE = re.compile(r"^/news/(print|savefile)/([a-z0-9-]+)-(\d+)\.html$")
_SENDMAIL_RE = re.compile(r"^/news/sendmail/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_LISTING_RE = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+))?$")


def _lookup(slug: str, num: str, cat: str | None = None) -> Article | None:
    a = _BY_ID.get(int(num))
    if a is None or a.slug != slug or (cat is not None and a.cat != cat):
        return None
    return a


def _page_response(text: str, nfd: bool = False, **kw) -> Response:
    if nfd:
        text = unicodedata.normalize("NFD", text)
    return html(text, **kw)


#: pages served decomposed besides the articles flagged ``nfd``
_NFD_TARGETS = frozenset({"/news/tin-tuc-su-kien/page-3", "/news/tag/khai-giang"})


class NukeVietSchool:
    """The site: routes NukeViet 4's rewritten URLs to pages rendered for the request's host."""

    def respond(self, request: Request) -> Response | None:
        base = f"http://{_host(request)}"
        path = request.path
        nfd = request.target in _NFD_TARGETS
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return self._static(path)
        if path == "/robots.txt":
            return Response(body=_ROBOTS, headers={"Content-Type": "text/plain; charset=utf-8"})
        fixed: dict[str, Callable[[str], str]] = {
            "/": _home,
            "/news/": _news_main,
            "/rss/": _rss_index,
            "/news/rss/": lambda b: _rss(b, None),
            "/contact/": _contact,
            "/users/login/": _login,
        }
        if path in fixed:
            body = fixed[path](base)
            if path.endswith("/rss/") and path.startswith("/news/"):
                return Response(
                    body=body, headers={"Content-Type": "application/rss+xml; charset=utf-8"}
                )
            return _page_response(body, nfd)
        if path == "/seek/":
            return _page_response(_search(request, base))
        if m := re.fullmatch(r"/news/rss/([a-z0-9-]+)/", path):
            if m.group(1) not in CATEGORIES:
                return None
            return Response(
                body=_rss(base, m.group(1)),
                headers={"Content-Type": "application/rss+xml; charset=utf-8"},
            )
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)", path):
            return _page_response(_tag_page(m.group(1), base), nfd) if m.group(1) in TAGS else None
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return _page_response(_about(m.group(1), base)) if m.group(1) in _ABOUT else None
        if path == "/about/":
            return redirect("/about/gioi-thieu-chung.html", 301)
        if m := _VIEW_RE.match(path):
            a = _lookup(m.group(2), m.group(3))
            if a is None:
                return None
            save = m.group(1) == "savefile"
            headers = {"Content-Disposition": f'attachment; filename="{a.leaf}"'} if save else {}
            return _page_response(_print_page(a, base, save), headers=headers)
        if m := _SENDMAIL_RE.match(path):
            a = _lookup(m.group(2), m.group(3), m.group(1))
            return _page_response(_sendmail_page(a, base)) if a else None
        if m := _ARTICLE_RE.match(path):
            a = _lookup(m.group(2), m.group(3), m.group(1))
            return _page_response(_article_page(a, base), a.nfd) if a else None
        if m := _LISTING_RE.match(path):
            cat = m.group(1)
            if cat not in CATEGORIES or m.group(2) == "1":
                return None
            page = _listing_page(cat, int(m.group(2) or 1), base)
            return _page_response(page, nfd) if page else None
        if re.fullmatch(r"/news/[a-z0-9-]+", path) and path.rsplit("/", 1)[1] in CATEGORIES:
            return redirect(path + "/", 301)
        return None

    @staticmethod
    def _static(path: str) -> Response | None:
        if path.endswith(".pdf"):
            if path != _N386.attachment:
                return None
            return Response(body=_PDF, headers={"Content-Type": "application/pdf"})
        if path.endswith((".jpg", ".png", ".gif", ".ico")):
            return Response(body=_JPEG, headers={"Content-Type": "image/jpeg"})
        if path.endswith(".css"):
            return Response(body="body{font-family:Arial}", headers={"Content-Type": "text/css"})
        if path.endswith(".js"):
            return Response(body="", headers={"Content-Type": "application/javascript"})
        return None


_ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /assets/js/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /modules/
Disallow: /vendor/
Disallow: /users/
"""


def build_site() -> NukeVietSchool:
    """A fresh site object: everything is rendered per request from the constant data above."""
    return NukeVietSchool()
