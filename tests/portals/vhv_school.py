"""Fixture portal: a school site on a vendor provincial e-government school platform (VHV-style).

Why: many provincial and district school sites run on one vendor CMS (the VHV school portal of
shared/real-pages 01-04). Its article URLs carry only a slug, cut at 60 characters and sometimes
ending in "-" (``/<category>/<subcategory>/<slug>.html``, no id); the same article is also served
at ``/<category>/<slug>.html`` when a parent-category module links it, and each address declares
itself canonical (as the real pages do). Listings are paged by script: a subcategory's pager links
are ``href="javascript:void(0)"`` with the target only in ``onclick="self.location='…?pageNo=2'"``,
a parent category's are ``href="#"`` calling ``loadPageNN(2)``, whose URL pattern is written in
the pager's ``data-url`` attribute. Two articles are linked from nowhere but page 2 of their
listings.

What it prints, in this fixture's own variation of the platform: header with today's date (a fixed
day in 2026), menus, breadcrumbs, the detail layout (``span.post-date`` "Thứ 4, 13/11/2024 | 15:20",
``h1.title-detail``, sapo in ``div.brief``, body in ``div.content-detail``, "Tác giả:" and
"Nguồn:" fields, tags, a star-rating widget, "Tin liên quan" with dates), a truncated ``<title>``,
a ``datePublished`` meta a few minutes later than the visible time, a "Danh mục tin" tree, a
"Tin mới" list, "Liên kết website", a visitor counter, a footer with address and phone written
partly with entities. The print view (``?page=Article.Print.detail&id=…``) is named only inside an
inline script; tag pages, login, sitemap and account pages are plain links.

Gold conventions (hand-written, following shared/real-pages/SOURCES.md): the header's date and
time win over the meta; the sapo (``div.brief``) is ``summary`` and the first body paragraph; an
in-text signature ("Bài, ảnh: …") gives the full names, else the "Tác giả:" field is the author
(kept when it names a publication), "Nguồn:" is ``source``; captions are the line under a photo as
displayed, credit included (which also names the photographer). Table rows are body paragraphs,
cells joined by " | ". The short address of each article is in ``alt_paths``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "vhv_school"
PLATFORM = "vhv"
START_PATH = "/"

SITE = "Trường TH và THCS Lê Văn Tám"
SITE_LONG = "Trường Tiểu học và Trung học cơ sở Lê Văn Tám"
SITE_ID = "48213"
UPLOAD = f"/upload/{SITE_ID}/fck/files"
#: the header's "today" (this platform writes it its own way; never a publication date)
CLOCK = "Thứ tư, 25 tháng 11 năm 2026"
SUB_PER_PAGE = 2
PARENT_PER_PAGE = 4


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    parent: str | None
    module: int  # the listing module's id (pager element ids are built on it)


CATS: dict[str, Cat] = {
    "tin-tuc-su-kien": Cat("tin-tuc-su-kien", "Tin tức - Sự kiện", None, 18),
    "hoat-dong-chuyen-mon": Cat("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "tin-tuc-su-kien", 21),
    "hoat-dong-doan-doi": Cat("hoat-dong-doan-doi", "Hoạt động Đoàn - Đội", "tin-tuc-su-kien", 22),
    "thong-bao": Cat("thong-bao", "Thông báo", None, 19),
    "thong-bao-chung": Cat("thong-bao-chung", "Thông báo chung", "thong-bao", 23),
    "lich-cong-tac": Cat("lich-cong-tac", "Lịch công tác", "thong-bao", 24),
}

# Story.cat is the subcategory key. opts: when ("YYYY-MM-DD HH:MM", the header's date and time),
# saved (minutes the datePublished meta lies after it), tags, author_field ("Tác giả:"),
# source_field ("Nguồn:"), nfd (body typed decomposed), word (Word-pasted nested spans),
# attachment ((file name, label)). P styles: "" plain, "li" list item, "tr" table row (cells
# joined by " | ", the first row of a table is its header), "right" right-aligned. Img styles:
# "blue" (caption paragraph after it, blue italic), "center" (centred plain caption paragraph
# after it), "plain" (no caption).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2024 - 2025",
        cat="hoat-dong-chuyen-mon",
        published_at="2024-11-13T15:20:00+07:00",
        summary=(
            "Nhằm nâng cao chất lượng đội ngũ và đổi mới phương pháp dạy học theo Chương trình giáo"
            " dục phổ thông 2018, từ ngày 04 đến 12/11/2024, Trường TH và THCS Lê Văn Tám tổ chức"
            " Hội thi giáo viên dạy giỏi cấp trường năm học 2024 - 2025."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi thu hút 18 giáo viên tham gia, trong đó có 10 giáo viên cấp tiểu học và 8"
                " giáo viên cấp trung học cơ sở. Mỗi giáo viên trình bày biện pháp nâng cao chất"
                " lượng giảng dạy và thực hiện hai tiết dạy trên lớp, trong đó có một tiết do giáo"
                " viên tự chọn và một tiết do Ban tổ chức bốc thăm."
            ),
            Img(
                f"{UPLOAD}/DSC_1042.jpg",
                "Cô Nguyễn Thị Mai, giáo viên lớp 3A trong tiết dạy môn Tiếng Việt. Ảnh: Thu Hà.",
                "Cô Nguyễn Thị Mai, giáo viên lớp 3A trong tiết dạy môn Tiếng Việt. Ảnh: Thu Hà.",
                "blue",
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, bám sát yêu cầu cần đạt của chương trình."
                " Nhiều giáo viên đã vận dụng linh hoạt các phương pháp dạy học tích cực như dạy học"
                " dự án, học qua trò chơi, kỹ thuật khăn trải bàn; khai thác hiệu quả bài giảng điện"
                " tử và học liệu số, tạo hứng thú cho học sinh."
            ),
            Img(
                f"{UPLOAD}/DSC_1077.jpg",
                "Thầy Đặng Quốc Việt hướng dẫn học sinh lớp 8A1 thực hành thí nghiệm môn Khoa học tự nhiên. Ảnh: Thu Hà.",
                "Thầy Đặng Quốc Việt hướng dẫn học sinh lớp 8A1 thực hành thí nghiệm môn Khoa học tự nhiên. Ảnh: Thu Hà.",
                "blue",
            ),
            P(
                "Ban giám khảo gồm các đồng chí trong Ban giám hiệu và tổ trưởng chuyên môn đã dự"
                " giờ, đánh giá khách quan, công bằng theo các tiêu chí của Bộ Giáo dục và Đào tạo."
                " Kết quả, có 15 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp trường; 5"
                " giáo viên có kết quả cao nhất được chọn tham dự Hội thi cấp huyện."
            ),
            Img(
                f"{UPLOAD}/DSC_1120(1).jpg",
                "Ban giám hiệu trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường. Ảnh: Thu Hà.",
                "Ban giám hiệu trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường. Ảnh: Thu Hà.",
                "blue",
            ),
            P("Một số hình ảnh khác tại Hội thi:"),
            Img(f"{UPLOAD}/DSC_1051.jpg", None, None, "plain"),
            Img(f"{UPLOAD}/DSC_1098.jpg", None, None, "plain"),
            Raw('<p style="text-align:right;"><strong>Bài, ảnh: Trần Thị Thu Hà</strong></p>'),
        ],
        authors=["Trần Thị Thu Hà"],
        photographers=["Trần Thị Thu Hà"],
        opts={
            "when": "2024-11-13 15:20",
            "saved": 11,
            "tags": ["Giáo viên dạy giỏi", "Hội thi"],
            "author_field": "Thu Hà",
            "word": True,
        },
    ),
    Story(
        id=2,
        slug="",
        title="Chuyên đề “Dạy học STEM môn Khoa học tự nhiên lớp 7”",
        cat="hoat-dong-chuyen-mon",
        published_at="2024-10-24T09:45:00+07:00",
        summary=(
            "Sáng ngày 23/10/2024, tổ Khoa học tự nhiên Trường TH và THCS Lê Văn Tám tổ chức chuyên"
            " đề “Dạy học STEM môn Khoa học tự nhiên lớp 7” với sự tham gia của toàn thể giáo viên"
            " trong tổ và đại diện Ban giám hiệu."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chuyên đề được tổ chức thông qua bài học STEM “Chế tạo máy lọc nước mini” do thầy"
                " Nguyễn Văn Hưng thực hiện tại lớp 7A2. Học sinh được chia thành 6 nhóm, tìm hiểu"
                " kiến thức về hỗn hợp và phương pháp tách chất, sau đó thiết kế bản vẽ, lựa chọn vật"
                " liệu và lắp ráp sản phẩm."
            ),
            Img(
                f"{UPLOAD}/stem-khtn7-loc-nuoc.jpg",
                "Học sinh lớp 7A2 thực hành chế tạo máy lọc nước mini (Ảnh: Hồ Minh Tâm)",
                "Học sinh lớp 7A2 thực hành chế tạo máy lọc nước mini (Ảnh: Hồ Minh Tâm)",
                "center",
            ),
            P(
                "Kết thúc tiết học, các nhóm trình bày sản phẩm, vận hành thử và tự đánh giá theo"
                " tiêu chí do giáo viên đưa ra. Nhiều sản phẩm lọc được nước đục thành nước trong,"
                " được các thầy cô đánh giá cao về tính sáng tạo và khả năng ứng dụng."
            ),
            P(
                "Tại phần thảo luận, giáo viên trong tổ đã trao đổi về quy trình thiết kế bài học"
                " STEM, cách tổ chức hoạt động nhóm và đánh giá năng lực học sinh, thống nhất mỗi học"
                " kỳ thực hiện ít nhất hai chủ đề STEM ở mỗi khối lớp."
            ),
        ],
        authors=["Nguyễn Văn Hưng"],
        photographers=["Hồ Minh Tâm"],
        opts={
            "when": "2024-10-24 09:45",
            "saved": 4,
            "tags": ["STEM", "Khoa học tự nhiên"],
            "author_field": "Nguyễn Văn Hưng",
            "nfd": True,
        },
    ),
    Story(
        id=3,
        slug="",
        title="Học sinh Lâm Đồng đạt nhiều giải cao tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="hoat-dong-chuyen-mon",
        published_at="2025-01-10T16:05:00+07:00",
        summary=(
            "Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Lâm Đồng năm học 2024 -"
            " 2025 vừa bế mạc với 42 giải được trao cho các dự án xuất sắc thuộc nhiều lĩnh vực."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm nay, Cuộc thi thu hút 86 dự án của gần 160 học sinh đến từ các trường trung học"
                " cơ sở, trung học phổ thông trong toàn tỉnh. Các dự án tập trung vào các lĩnh vực"
                " như khoa học môi trường, kỹ thuật cơ khí, hệ thống nhúng, khoa học xã hội và hành"
                " vi."
            ),
            Img(
                f"{UPLOAD}/khkt-cap-tinh-2025-trao-giai.jpg",
                "Ban tổ chức trao giải Nhất cho các học sinh có dự án xuất sắc",
                "Ban tổ chức trao giải Nhất cho các học sinh có dự án xuất sắc",
                "blue",
            ),
            P(
                "Trường TH và THCS Lê Văn Tám có dự án “Hệ thống tưới nhỏ giọt tự động cho vườn rau"
                " học đường” của hai em Trần Gia Bảo và Lê Ngọc Diệp, lớp 9A1 đạt giải Ba lĩnh vực"
                " Kỹ thuật cơ khí."
            ),
            P(
                "Theo Ban tổ chức, chất lượng các dự án năm nay được nâng lên rõ rệt, nhiều sản phẩm"
                " xuất phát từ nhu cầu thực tiễn của địa phương, có khả năng ứng dụng vào sản xuất"
                " và đời sống."
            ),
        ],
        authors=["Minh Khôi"],
        source="Báo Lâm Đồng",
        opts={
            "when": "2025-01-10 16:05",
            "saved": 23,
            "tags": ["Khoa học kỹ thuật", "STEM"],
            "author_field": "Minh Khôi",
            "source_field": "Báo Lâm Đồng",
        },
    ),
    Story(
        id=4,
        slug="",
        title="Hình ảnh Lễ kết nạp đội viên mới năm học 2024 - 2025",
        cat="hoat-dong-doan-doi",
        published_at="2024-10-16T10:10:00+07:00",
        blocks=[
            P(
                "Một số hình ảnh tại Lễ kết nạp đội viên mới của Liên đội Trường TH và THCS Lê Văn"
                " Tám ngày 15/10/2024."
            ),
            Img(f"{UPLOAD}/z5934471208833_7d1e4b2a9c0f3e6d5b8a7c4e1f2d3a6b.jpg", None, None, "plain"),
            Img(f"{UPLOAD}/z5934471215274_c3a9e8d7f6b5a4c3d2e1f0a9b8c7d6e5.jpg", None, None, "plain"),
            Img(f"{UPLOAD}/z5934471229911_0f1e2d3c4b5a69788796a5b4c3d2e1f0.jpg", None, None, "plain"),
            Img(f"{UPLOAD}/z5934471236650_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.jpg", None, None, "plain"),
        ],
        opts={"when": "2024-10-16 10:10", "saved": 2},
    ),
    Story(
        id=5,
        slug="",
        title="Liên đội tổ chức Hội trại “Tiến bước lên Đoàn” chào mừng 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
        cat="hoat-dong-doan-doi",
        published_at="2025-03-27T17:40:00+07:00",
        blocks=[
            P(
                "Chào mừng kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 -"
                " 26/3/2025), ngày 26/3/2025, Liên đội Trường TH và THCS Lê Văn Tám tổ chức Hội trại"
                " “Tiến bước lên Đoàn” cho đội viên khối 6, 7, 8 và 9."
            ),
            P(
                "Hội trại có 12 chi đội tham gia với các hoạt động: dựng trại, trang trí cổng trại,"
                " thi nghi thức Đội, trò chơi lớn “Hành trình theo dấu chân Bác” và thi tìm hiểu về"
                " lịch sử Đoàn TNCS Hồ Chí Minh."
            ),
            Img(f"{UPLOAD}/hoi-trai-2025-cong-trai.jpg", "Các chi đội tham gia thi trang trí cổng trại", "Các chi đội tham gia thi trang trí cổng trại", "center"),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất toàn đoàn cho chi đội 9A2; giải Nhì cho chi đội"
                " 8A1 và 9A1; giải Ba cho các chi đội 7A3, 8A2 và 6A1."
            ),
            P(
                "Hội trại là dịp để các em đội viên rèn luyện kỹ năng, tinh thần đoàn kết và phấn đấu"
                " trở thành đoàn viên Đoàn TNCS Hồ Chí Minh."
            ),
            Raw('<p style="text-align:right;"><em>Phạm Thị Ngọc Ánh</em></p>'),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        opts={"when": "2025-03-27 17:40", "saved": 6, "tags": ["Đoàn - Đội", "Hội trại"]},
    ),
    Story(
        id=6,
        slug="",
        title="Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11",
        cat="hoat-dong-doan-doi",
        published_at="2024-11-08T08:15:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch của Phòng Giáo dục và Đào tạo huyện Đức Trọng, trong tiết chào cờ"
                " sáng thứ Hai ngày 04/11/2024, Trường TH và THCS Lê Văn Tám tổ chức tuyên truyền"
                " hưởng ứng Ngày Pháp luật Việt Nam năm 2024."
            ),
            P(
                "Học sinh được nghe giới thiệu về ý nghĩa Ngày Pháp luật, các quy định về an toàn"
                " giao thông, phòng, chống bạo lực học đường và sử dụng mạng xã hội an toàn, văn"
                " minh."
            ),
            P(
                "Dịp này, nhà trường phát động cuộc thi vẽ tranh “Em với pháp luật” dành cho học sinh"
                " tiểu học và cuộc thi tìm hiểu pháp luật trực tuyến dành cho học sinh trung học cơ"
                " sở."
            ),
        ],
        opts={"when": "2024-11-08 08:15", "saved": 3, "tags": ["Pháp luật"]},
    ),
    Story(
        id=7,
        slug="",
        title="Thông báo cho học sinh nghỉ học ngày 28/10/2024 do mưa lớn",
        cat="thong-bao-chung",
        published_at="2024-10-28T06:30:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của mưa lớn kéo dài, một số tuyến đường trên địa bàn xã bị ngập, sạt lở,"
                " không bảo đảm an toàn cho học sinh đi lại. Nhà trường thông báo toàn bộ học sinh"
                " được nghỉ học ngày thứ Hai, 28/10/2024."
            ),
            P("Lịch học bù sẽ được giáo viên chủ nhiệm thông báo qua nhóm Zalo của lớp."),
        ],
        opts={"when": "2024-10-28 06:30", "saved": 1, "tags": ["Phòng chống thiên tai"]},
    ),
    Story(
        id=8,
        slug="",
        title="Kế hoạch tuyển sinh vào lớp 6 năm học 2025 - 2026",
        cat="thong-bao-chung",
        published_at="2025-04-18T14:10:00+07:00",
        blocks=[
            P(
                "Trường TH và THCS Lê Văn Tám thông báo Kế hoạch tuyển sinh vào lớp 6 năm học 2025 -"
                " 2026. Cha mẹ học sinh xem chi tiết trong tệp đính kèm."
            ),
        ],
        opts={
            "when": "2025-04-18 14:10",
            "saved": 5,
            "tags": ["Tuyển sinh"],
            "attachment": ("KH-tuyen-sinh-lop-6-nam-hoc-2025-2026.pdf", "Kế hoạch tuyển sinh lớp 6 năm học 2025 - 2026"),
        },
    ),
    Story(
        id=9,
        slug="",
        title="Thông báo các khoản thu đầu năm học 2024 - 2025",
        cat="thong-bao-chung",
        published_at="2024-09-09T10:00:00+07:00",
        blocks=[
            P(
                "Căn cứ hướng dẫn của Phòng Giáo dục và Đào tạo huyện Đức Trọng và biên bản họp Ban"
                " đại diện cha mẹ học sinh, nhà trường thông báo các khoản thu đầu năm học 2024 -"
                " 2025 như sau:"
            ),
            P("Bảo hiểm y tế học sinh: 884.520 đồng/12 tháng (học sinh đã có thẻ bảo hiểm y tế theo đối tượng khác không phải nộp);", "li"),
            P("Nước uống: 10.000 đồng/tháng, thu theo học kỳ;", "li"),
            P("Quỹ Ban đại diện cha mẹ học sinh: theo tinh thần tự nguyện.", "li"),
            P(
                "Các khoản thu được nộp trực tiếp cho giáo viên chủ nhiệm hoặc chuyển khoản vào tài"
                " khoản của nhà trường trước ngày 30/9/2024."
            ),
        ],
        opts={"when": "2024-09-09 10:00", "saved": 9},
    ),
    Story(
        id=10,
        slug="",
        title="Lịch công tác tuần 12 (từ ngày 18/11 đến ngày 23/11/2024)",
        cat="lich-cong-tac",
        published_at="2024-11-16T08:00:00+07:00",
        blocks=[
            P("Thứ, ngày | Nội dung công việc | Thành phần | Chủ trì", "tr"),
            P("Thứ Hai 18/11 | Chào cờ; sinh hoạt dưới cờ chủ đề “Tri ân thầy cô” | Toàn trường | Tổng phụ trách Đội", "tr"),
            P("Thứ Ba 19/11 | Họp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam | Cán bộ, giáo viên, nhân viên | Hiệu trưởng", "tr"),
            P("Thứ Tư 20/11 | Nghỉ dạy, tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam | Toàn trường | Ban giám hiệu", "tr"),
            P("Thứ Năm 21/11 | Dự giờ, thăm lớp khối 4, 5 | Tổ chuyên môn | Phó Hiệu trưởng", "tr"),
            P("Thứ Sáu 22/11 | Sinh hoạt tổ chuyên môn | Các tổ chuyên môn | Tổ trưởng", "tr"),
        ],
        opts={"when": "2024-11-16 08:00", "saved": 2, "tags": ["Lịch công tác"]},
    ),
    Story(
        id=11,
        slug="",
        title="Lịch công tác tuần 11 (từ ngày 11/11 đến ngày 16/11/2024)",
        cat="lich-cong-tac",
        published_at="2024-11-09T08:05:00+07:00",
        blocks=[
            P("Thứ, ngày | Nội dung công việc | Thành phần | Chủ trì", "tr"),
            P("Thứ Hai 11/11 | Chào cờ; phát động thi đua chào mừng ngày 20/11 | Toàn trường | Hiệu trưởng", "tr"),
            P("Thứ Ba 12/11 | Hội thi giáo viên dạy giỏi cấp trường (tiếp) | Ban giám khảo | Phó Hiệu trưởng", "tr"),
            P("Thứ Tư 13/11 | Kiểm tra hồ sơ chuyên môn giáo viên | Tổ chuyên môn | Phó Hiệu trưởng", "tr"),
            P("Thứ Sáu 15/11 | Họp Hội đồng sư phạm tháng 11 | Cán bộ, giáo viên, nhân viên | Hiệu trưởng", "tr"),
        ],
        opts={"when": "2024-11-09 08:05", "saved": 3, "tags": ["Lịch công tác"]},
    ),
    Story(
        id=12,
        slug="",
        title="Lịch kiểm tra cuối học kỳ I năm học 2024 - 2025",
        cat="lich-cong-tac",
        published_at="2024-12-12T15:00:00+07:00",
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2024 - 2025 đối với các lớp trung học cơ sở như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("23/12/2024 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("23/12/2024 | Chiều | Lịch sử và Địa lí | 60 phút", "tr"),
            P("24/12/2024 | Sáng | Toán | 90 phút", "tr"),
            P("24/12/2024 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P("25/12/2024 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo đầy đủ dụng"
                " cụ học tập; không mang điện thoại di động vào phòng kiểm tra."
            ),
        ],
        authors=["Lê Văn Sơn"],
        opts={"when": "2024-12-12 15:00", "saved": 17, "tags": ["Kiểm tra học kỳ"], "author_field": "Lê Văn Sơn"},
    ),
]

# --------------------------------------------------------------------------- slugs and URLs


def vhv_slug(title: str) -> str:
    """The platform's slug: accents stripped, lower case, runs of other characters to "-", cut at
    60 characters (so a slug may end in "-")."""
    folded = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60]


for _story in STORIES:
    _story.slug = vhv_slug(_story.title)
_SLUGS: dict[int, str] = {s.id: s.slug for s in STORIES}
assert len(set(_SLUGS.values())) == len(_SLUGS)

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _sub(story: Story) -> Cat:
    return CATS[story.cat]


def _parent(story: Story) -> Cat:
    return CATS[_sub(story).parent or story.cat]


def full_path(story: Story) -> str:
    """The address under the subcategory (listings of the subcategory, related lists, tags)."""
    return f"/{_parent(story).key}/{story.cat}/{_SLUGS[story.id]}.html"


def short_path(story: Story) -> str:
    """The address under the parent category (its listing and the home page modules)."""
    return f"/{_parent(story).key}/{_SLUGS[story.id]}.html"


def object_id(story: Story) -> str:
    """The platform's 24-hex object id (used by its print view and scripts)."""
    return ("6734" + hashlib.sha1(f"article-{story.id}".encode()).hexdigest())[:24]


def print_path(story: Story) -> str:
    return f"/?page=Article.Print.detail&id={object_id(story)}"


def cat_path(key: str, page: int | None = None) -> str:
    cat = CATS[key]
    base = f"/{cat.key}.html" if cat.parent is None else f"/{cat.parent}/{cat.key}.html"
    return base if page is None else f"{base}?pageNo={page}"


def tag_href(tag: str) -> str:
    """Tag links as the platform prints them: percent-encoded UTF-8 with lower-case hex."""
    return "/tag/" + re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(tag)) + ".html"


def attachment_path(story: Story) -> str | None:
    att = story.opts.get("attachment")
    return f"{UPLOAD}/{att[0]}" if att else None


# --------------------------------------------------------------------------- data helpers


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["when"], "%Y-%m-%d %H:%M")


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_when, reverse=True)


def in_cat(key: str) -> list[Story]:
    return _newest([s for s in STORIES if s.cat == key or (_parent(s).key == key and CATS[key].parent is None)])


def _per_page(key: str) -> int:
    return PARENT_PER_PAGE if CATS[key].parent is None else SUB_PER_PAGE


def pages(key: str) -> int:
    return max(1, -(-len(in_cat(key)) // _per_page(key)))


def _tags(story: Story) -> list[str]:
    return list(story.opts.get("tags", []))


ALL_TAGS: list[str] = sorted({t for s in STORIES for t in _tags(s)})


def _views(story: Story) -> int:
    return 57 + (story.id * 131) % 900


_WEEKDAY = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")


def _post_date(when: datetime) -> str:
    return f'{_WEEKDAY[when.weekday()]}, {when:%d/%m/%Y}<span class="drash"> | </span>{when:%H:%M}'


def _thumb(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    if img is None:
        return "/App/Corporate/images/no-image-news.png"
    return f"/publish/thumbnail/{SITE_ID}/480x320xdefault{img.src}"


# --------------------------------------------------------------------------- article text


def _span(story: Story, inner: str) -> str:
    """Word-pasted text keeps its nested font spans."""
    if not story.opts.get("word"):
        return inner
    return (
        '<span style="font-size:11pt;"><span style="line-height:107%;"><span style="font-family:Calibri, sans-serif;">'
        f'<span lang="en-us" style="font-size:14pt;" xml:lang="en-us"><span style="font-family:\'Times New Roman\', serif;">{inner}</span></span></span></span></span>'
    )


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _content(story: Story) -> str:
    out: list[str] = []
    pending: list[P] = []
    kind = ""

    def flush() -> None:
        nonlocal pending, kind
        if not pending:
            return
        if kind == "li":
            out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in pending) + "</ul>")
        else:
            rows = []
            for n, p in enumerate(pending):
                cells = p.text.split(" | ")
                if n == 0:
                    rows.append("<tr>" + "".join(f'<td style="text-align:center;"><strong>{_t(story, c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{_t(story, c)}</td>" for c in cells) + "</tr>")
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width:100%;"><tbody>' + "".join(rows) + "</tbody></table>")
        pending = []
        kind = ""

    for block in story.blocks:
        if isinstance(block, P) and block.style in ("li", "tr"):
            if kind and kind != block.style:
                flush()
            kind = block.style
            pending.append(block)
            continue
        flush()
        if isinstance(block, P):
            out.append(f'<p style="text-align:justify;margin-bottom:11px;">{_span(story, _t(story, block.text))}</p>')
        elif isinstance(block, Img):
            tag = f'<img alt="" src="{esc(block.src)}" style="width: 800px; height: 533px;" />'
            out.append(f'<p style="text-align:center;">{_span(story, tag)}</p>')
            if block.style == "blue":
                out.append(f'<p style="text-align:center;"><span style="color:#2980b9;"><em>{_span(story, _t(story, block.printed or ""))}</em></span></p>')
            elif block.style == "center":
                out.append(f'<p style="text-align:center;">{_t(story, block.printed or "")}</p>')
        elif isinstance(block, Raw):
            out.append(block.html)
    flush()
    return "".join(out)


# --------------------------------------------------------------------------- page chrome


def _menu() -> str:
    def item(href: str, label: str, children: list[tuple[str, str]] | None = None) -> str:
        if not children:
            return f'<li role="presentation" class="item" style="display:none"><a href="{href}" title="{esc(label)}"><span class="title">{esc(label)}</span></a></li>'
        subs = "".join(f'<li role="presentation" class="item"><a href="{h}" title="{esc(lbl)}"><span class="title">{esc(lbl)}</span></a></li>' for h, lbl in children)
        return (
            f'<li role="presentation" class="item dropdown" style="display:none"><a href="{href}" title="{esc(label)}"><span class="title">{esc(label)}</span>'
            f'<span class="caret" style="margin-left:5px;"></span></a><a class="dropdown-toggle" href="javascript:;"><i class="fa fa-plus"></i></a>'
            f'<ul class=" dropdown-menu">{subs}</ul></li>'
        )

    items = [
        '<li role="presentation" class="item home-page li-home" style="display:none"><a href="/" title="TRANG CHỦ"><i class="fa fa-home" aria-hidden="true"></i><span class="title">TRANG CHỦ</span></a></li>',
        item("/gioi-thieu.html", "GIỚI THIỆU", [("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức")]),
        item(cat_path("tin-tuc-su-kien"), "TIN TỨC - SỰ KIỆN", [(cat_path(k), CATS[k].name) for k in ("hoat-dong-chuyen-mon", "hoat-dong-doan-doi")]),
        item(cat_path("thong-bao"), "THÔNG BÁO", [(cat_path(k), CATS[k].name) for k in ("thong-bao-chung", "lich-cong-tac")]),
        item("http://127.0.0.2:8080/lms/", "HỌC TRỰC TUYẾN"),
        item("/lien-he.html", "LIÊN HỆ"),
    ]
    return (
        '<nav id="menu13" class="navigation-menu-default-type1 navigation-menu-default-type2" style="overflow: hidden"><div class="navbar navbar-default">'
        '<div class="collapse navbar-collapse fluid-nav" id="bs-navbar-collapse-13"><ul id="fluid-nav-positive13" role="tablist" class="nav navbar-nav fluid-nav-positive">'
        + "".join(items)
        + '</ul><div class="fluid-nav-backup nav-backup" style="display: none"><a id="fluid-nav-toggle13" class="fluid-nav-toggle dropdown-toggle" data-toggle="dropdown" href="javascript: void(0)"><i class="fa fa-ellipsis-v"></i></a></div></div></div></nav>'
    )


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    lis = ['<li class="first-item" itemscope itemtype="http://schema.org/ListItem" itemprop="itemListElement"><a href="/?page=home" title="Trang chủ" itemprop="item">Trang chủ</a></li>']
    for n, (href, label) in enumerate(trail, start=1):
        cls = "last-item" if n == len(trail) else ""
        lis.append(
            f'<li class="{cls}" typeof="v:Breadcrumb" itemscope itemtype="http://schema.org/ListItem" itemprop="itemListElement">'
            f'<a href="{href}" title="{esc(label)}" itemprop="item">{esc(label)}</a><meta itemprop="position" content="{n}" /></li>'
        )
    return f'<div class="pathway-category"><ol class="breadcrumb clearfix" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">{"".join(lis)}</ol></div>'


def _panel(title: str, body: str, cls: str = "panel-large-home") -> str:
    return f'<div class="panel panel-default {cls}"><div class="panel-heading"><div class="panel-title">{title}</div></div><div class="panel-body">{body}</div></div>'


def _category_tree() -> str:
    lis = []
    for key in ("hoat-dong-chuyen-mon", "hoat-dong-doan-doi", "thong-bao-chung", "lich-cong-tac"):
        latest = in_cat(key)[:2]
        subs = "".join(f'<li class=""><a href="{full_path(s)}"> {esc(s.title)} </a></li>' for s in latest)
        lis.append(
            f'<li class="one-item relative "><a class="item-link" title="{esc(CATS[key].name)}" href="{cat_path(key)}"><span>{esc(CATS[key].name)}</span></a>'
            f'<a class="dropdown-icon" href="javascript:;" data-toggle="dropdown"><span class="caret"></span></a><ul style="display: none;">{subs}</ul></li>'
        )
    return f'<aside id="categories16" class="category-type-12 has-view-more"><div class=""><ul class="list-item">{"".join(lis)}</ul></div></aside>'


def _latest_box() -> str:
    items = "".join(
        f'<li><a href="{full_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> <span class="date">({_when(s):%d/%m/%Y})</span></li>'
        for s in _newest(STORIES)[:5]
    )
    return f'<section class="section-list news-latest"><ul class="list-unstyled">{items}</ul></section>'


def _links_box() -> str:
    options = [
        ("http://127.0.0.2:8080/", "Sở Giáo dục và Đào tạo Lâm Đồng"),
        ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
        ("https://lamdong.gov.vn/", "Cổng thông tin điện tử tỉnh Lâm Đồng"),
        ("https://vnedu.vn/", "Sổ liên lạc điện tử vnEdu"),
    ]
    opts = "".join(f'<option value="{u}">{esc(n)}</option>' for u, n in options)
    return f'<aside class="widget selectbox-default"><select class="form-control"><option value="">--- Chọn liên kết ---</option>{opts}</select></aside>'


def _statistic() -> str:
    rows = [
        ("online", "Đang truy cập :", "23"),
        ("today", "Hôm nay :", "418"),
        ("yesterday", "Hôm qua :", "537"),
        ("currentMonth", "Tháng 11 :", "12.906"),
        ("lastMonth", "Tháng trước :", "15.211"),
        ("currentYear", "Năm 2026 :", "148.733"),
        ("total", "Tổng lượt truy cập :", "1.092.574"),
    ]
    body = "".join(
        f'<div class="{c} clearfix"><span class="statistic-label" style="float:left; ">{label}</span><span class="statistic-count" style="float:right; ">{n}</span></div>'
        for c, label, n in rows
    )
    return f'<div class="statistic clearfix"><div class="statistic-info"><div class="statistic-content"><div class="statistic-left">{body}</div></div></div></div>'


_FOOTER = (
    '<div class="footer"><div class="container"><div class="panel panel-default panel-footer panel-footer-contact"><div class="panel-heading">'
    '<div class="panel-title">Thông tin liên hệ</div></div><div class="panel-body"><footer id="footer">'
    '<p><span style="font-size: 18px;"><b>Trường Tiểu học v&agrave; Trung học cơ sở L&ecirc; Văn T&aacute;m</b></span></p>'
    "<p>Địa chỉ:&nbsp; Th&ocirc;n Ph&uacute; Thạnh, x&atilde; Hiệp Thạnh, huyện Đức Trọng, tỉnh L&acirc;m Đồng</p>"
    "<p>Điện thoại: 0263.3843.512&nbsp;- Email: c12levantam.ductrong@lamdong.edu.vn</p>"
    "<p>Chịu tr&aacute;ch nhiệm nội dung: Hiệu trưởng Nguyễn Thị Kim Oanh</p></footer></div></div>"
    '<p class="copyright">© Bản quyền thuộc về Trường TH và THCS Lê Văn Tám. Thiết kế và phát triển bởi nhà cung cấp dịch vụ.</p></div></div>'
)


def _page(request: Request, *, title: str, head: str, trail: list[tuple[str, str]], main: str, related: str = "") -> str:
    sidebar = (
        _panel("Danh mục tin", _category_tree(), "panel-large-home panel-cate body-no-padding")
        + _panel("Tin mới", _latest_box())
        + _panel("Liên kết website", _links_box(), "panel-large-home panel-link body-no-padding")
        + _panel("Thống kê truy cập", _statistic(), "panel-large-home panel-statistic")
    )
    scripts = (
        "<script type=\"text/javascript\">rootURL = location.protocol+'//'+location.host+'/';</script>\n"
        '<script type="text/javascript" src="/publish/js/lib2-1.49.min.js?4"></script>\n'
        "<script type=\"text/javascript\">if(window.vhvInit){vhvInit();}\n"
        f"$.extend(VHV,{{ pageId: 'Article.News.detail', domainRoot: '/', language: 'vi', site:'{SITE_ID}' }});\n"
        "$('#form11').submit(function(e){ var keyword = $('#form11 input[fixedName=keyword11]').val(); "
        "$(this).attr(\"action\", \"/?page=search&keyword=\"+keyword); });\n"
        "$('#module17 select').change(function(){ if($(this).val()) window.open($(this).val()); });\n</script>\n"
    )
    return (
        '<!DOCTYPE html><html lang="vi">\n<head>\n'
        f"<title>{esc(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0"/>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n'
        f'<meta name="Author" content="{esc(SITE_LONG)}" />\n<meta name="copyright" content="{esc(SITE_LONG)}" />\n'
        f"{head}"
        '<link href="/App/Corporate/images/favicon.ico" rel="shortcut icon" type="image/x-icon" />\n'
        f'<link type="text/css" rel="stylesheet" href="/css/1.494/{SITE_ID}/2231/style.css?4"/>\n'
        '<link type="text/css" rel="stylesheet" href="/3rdparty/font-awesome-4.7.0/css/font-awesome.min.css"/>\n'
        '</head><body style="padding:0px;margin:0px;">\n'
        '<div class="region-top"></div><div id="whole-page"><div id="page-header">\n'
        '<div class="menu-header2"><div class="row"><div class="col-right pull-right col-xs-12 col-md-9 col-sm-8">'
        '<div class="li-search"><form id="form11" class="sear-form" method="post"><input name="page" value="search" type="hidden" />'
        '<input type="text" class="form-control" fixedName="keyword11" placeholder="Tìm kiếm..." value="" />'
        '<button class="btn btn-submit" type="submit"><i class="fa fa-search"></i></button></form></div>'
        '<ul class="fluid-nav-positive nav" role="tablist"><li class="item"><a class="rss" href="/?page=sitemap"> RSS</a></li></ul></div>'
        '<div class="col-left col-xs-12 col-md-3 col-sm-4"><ul class="header-login-vt header-login-edu-division">'
        '<li><a class="btn_signin" href="/?page=login"><i class="fa fa-sign-in" aria-hidden="true"></i> <span>Đăng nhập</span></a></li></ul></div></div></div>\n'
        '<div class="header-default header-default-type3 clearfix"><div class="header-wrapper"><div class="logo section-logo clearfix">'
        f'<a class="logo-img" href="/?page=home" title=""><img class="logo" src="/upload/{SITE_ID}/20190412/logo.png" /></a>'
        '<div class="header-title edu-info-header ml-10"><div class="department">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG</div>'
        f'<div class="name">{esc(SITE_LONG.upper())}</div></div></div>'
        f'<div class="header-text"><span class="current-date"><i class="fa fa-calendar"></i> {esc(CLOCK)}</span></div></div></div>\n'
        f"{_menu()}\n{_breadcrumb(trail)}\n"
        '<div class="page-content"><div class="columns-widget columns3-9"><div class="row">'
        f'<div class="col-right pull-right col-xs-12 col-md-9 col-sm-8">{main}{related}</div>'
        f'<div class="col-left col-xs-12 col-md-3 col-sm-4">{sidebar}</div>'
        "</div></div></div></div>\n"
        f'<div class="region-bottom">{_FOOTER}</div></div>\n{scripts}</body></html>\n'
    )


# --------------------------------------------------------------------------- detail page


def _related(story: Story) -> list[Story]:
    mine = set(_tags(story))
    return [s for s in _newest(STORIES) if s.id != story.id and mine & set(_tags(s))][:5]


def _short_title(value: str, limit: int = 50) -> str:
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + " ..."


def _detail(request: Request, story: Story) -> Response:
    here = base_url(request) + request.path
    when = _when(story)
    saved = when + timedelta(minutes=story.opts.get("saved", 0), seconds=(story.id * 7) % 60)
    brief_text = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    desc = esc(_short_title(brief_text, 120))
    images = [b for b in story.blocks if isinstance(b, Img)]
    og_image = f'<meta property="og:image" content="{base_url(request)}{esc(images[0].src)}"/>' if images else ""
    head = (
        f'<meta name="description" content="{desc}"/>\n'
        f'<meta name="keywords" content="{esc(",".join(_tags(story)))}"/>\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{here}"/>\n'
        f'<link rel="canonical" href="{here}" />\n{og_image}\n'
        f'<meta name="title" itemprop="headline" property="og:title" content="{esc(story.title)}"/>'
        '<meta content="news" itemprop="genre" name="medium"/>\n'
        f'<meta property="article:published_time" itemprop="datePublished" content="{saved:%Y-%m-%dT%H:%M:%S}+0700" />'
        f'<meta itemprop="dateCreated" content="{saved:%Y-%m-%dT%H:%M:%S}+0700" />\n'
        f'<meta property="og:description" content="{desc}"/>\n'
    )
    oid = object_id(story)
    brief = f'<div class="brief font-size-text mb-10"><p>{_t(story, story.summary)}</p></div>' if story.summary else ""
    meta_rows = []
    if story.opts.get("author_field"):
        meta_rows.append(
            f'<div class="col-sm-6 col-sm-6"><div class="author pull-left"><span><i class="fa fa-user" aria-hidden="true"></i> <b>Tác giả:</b></span>'
            f' {esc(story.opts["author_field"])} </div></div>'
        )
    if story.opts.get("source_field"):
        meta_rows.append(
            f'<div class="col-6 col-md-6"><div class="source"><span class=""><i class="fa fa-flag" aria-hidden="true"></i> <b>Nguồn:</b>{esc(story.opts["source_field"])}</span>'
            "<span class=\"status-link pull-right\" onclick=\"copyToClipboard('.copy-link')\"><i class=\"fa fa-clone\"></i> Copy link</span></div></div>"
        )
    attachment = ""
    att = story.opts.get("attachment")
    if att:
        attachment = (
            '<div class="attach-file mt-10"><span><i class="fa fa-paperclip"></i> <b>Tệp đính kèm:</b></span><ul>'
            f'<li><a href="{attachment_path(story)}" target="_blank" title="{esc(att[1])}">{esc(att[0])}</a> <span class="text-muted">(Tải về)</span></li></ul></div>'
        )
    tags = ""
    if _tags(story):
        tags = (
            '<div class="tags mt-10"><span><i class="fa fa-tag"></i> <b>Tags:</b></span>'
            + " , ".join(f'<a href="{tag_href(t)}" title="{esc(t)}" class="tag-news" rel="dofollow">{esc(t)}</a>' for t in _tags(story))
            + "</div>"
        )
    votes = story.id % 4
    stars = votes * (3 + story.id % 3)
    main = (
        '<div id="module19" class="ModuleWrapper"><article id="article19" class="news-detail-layout-type-2 mb-20" itemscope itemtype="http://schema.org/NewsArticle">'
        f'<meta itemprop="datePublished" content="{saved:%Y-%m-%dT%H:%M:%S}+07:00"/>'
        f'<header class="clearfix"><span class="post-date left">{_post_date(when)}</span>'
        '<div class="block_share pull-right">'
        "<a href=\"javascript:void(0);\" class=\"custom-font\" onclick=\"fontCustom('small');\" style=\"font-size:12px;\">A<sup>-</sup></a>"
        "<a href=\"javascript:void(0);\" class=\"custom-font\" onclick=\"fontCustom('medium');\">A</a>"
        "<a href=\"javascript:void(0);\" class=\"custom-font\" onclick=\"fontCustom('large');\" style=\"font-size:16px;\">A<sup>+</sup></a>"
        '<span class="drash"> | </span>'
        f"<a href=\"javascript:void(0);\" onclick=\"printArticle('{oid}');\" title=\"In\" rel=\"nofollow\"><img src=\"/App/Corporate/images/Social/icon_print.gif\" alt=\"\"></a>"
        f"<a class=\"btn_email login_5 open-popup-link\" rel=\"nofollow\" href=\"#email-popup\" id=\"email_content\" title=\"Email\" onclick=\"sendMail('{oid}');\"><img src=\"/App/Corporate/images/Social/icon_letter.gif\" alt=\"\"></a>"
        "</div></header>"
        '<div class="article-content"><div class="block-core-a3">'
        f'<h1 class="title-detail" itemprop="headline">{esc(story.title)}</h1>'
        '<div class="social-connect clearfix mb-15"><div class="network-share pull-right" style="height:30px;line-height:10px;">'
        f'<div class="zalo-share-button" data-href="{here}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize=false></div>'
        '<div class="facebook" style="margin-right:5px;display:inline-block;"><div class="fb-like data-href" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>'
        f"<a href=\"javascript:void(0);\" style=\"margin-top:-10px;\" class=\"btn btn-xs btn-primary\" onclick=\"readArticle('{oid}',$(this));\">Đọc bài</a>"
        "<a href=\"javascript:void(0);\" style=\"margin-top:-10px;\" class=\"btn btn-xs btn-info\" onclick=\"VHV.alert('Bạn chưa đăng nhập hệ thống',{type: 'error'})\">"
        '<span class="icon fa fa-bookmark mr-5"></span><span class="text-mobile">Lưu</span></a></div></div>'
        f"{brief}</div>"
        f'<div id="audio19"><audio></audio></div><div class="block-core-a5">'
        f'<div class="content-detail font-size-text mb-20" itemprop="articleBody">{_content(story)}</div>'
        f"{attachment}<hr><div class=\"clearfix mt-10\"><div class=\"row\">{''.join(meta_rows)}</div>{tags}</div>"
        '<div class="rating mt-10 "><div id="star-rating">'
        f'<div id="stringrating19">Tổng số điểm của bài viết là: <span class="totalStar">{stars}</span> trong <span class="totalRating">{votes}</span> đánh giá</div>'
        '<div style="padding: 5px;">'
        + "".join(f'<input class="hover-star" type="radio" value="{n}" title="{t}" />' for n, t in enumerate(("bài viết rất kém", "bài viết kém", "bài viết đạt", "bài viết tốt", "bài viết rất tốt"), start=1))
        + '<span id="rating-label19" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></div>'
        f'<div class="view-count mt-10"><i class="fa fa-eye"></i> Lượt xem: {_views(story)}</div>'
        f'<div class="social_comment mt-10"><div class="fb-comments" data-href="{here}" data-numposts="5" data-width="100%"></div></div>'
        "</div></div></article>"
        '<div id="email-popup" class="white-popup mfp-hide"><h4>Gửi bài viết qua email</h4><form><label>Email người nhận</label>'
        '<input type="text" class="form-control" name="email" /><label>Lời nhắn</label><textarea class="form-control" name="message"></textarea>'
        '<button type="button" class="btn btn-primary">Gửi</button></form></div></div>'
        "<script type=\"text/javascript\">function printArticle(id){ printAear = window.open("
        f'"/?page=Article.Print.detail&amp;id={oid}", location.href, "width=600,height=600"); }}</script>'
    )
    related = _related(story)
    related_html = ""
    if related:
        rows = "".join(
            '<article class="list-news-one" itemscope itemtype="http://schema.org/NewsArticle">'
            f'<h2 class="h4 title" itemprop="headline"><a href="{full_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h2>'
            f'<span class="post-date">({_when(s):%d/%m/%Y})</span></article>'
            for s in related
        )
        related_html = _panel(f'<a href="{cat_path(story.cat)}" title="{esc(_sub(story).name)}" rel="dofollow">Tin liên quan</a>', f'<section class="section-list Article-News-Detail-default">{rows}</section>')
    trail = [(cat_path(_parent(story).key), _parent(story).name), (cat_path(story.cat), _sub(story).name)]
    page = _page(request, title=_short_title(story.title), head=head, trail=trail, main=main, related=related_html)
    return html(page)


def _print(request: Request, story: Story) -> Response:
    when = _when(story)
    brief = f'<div class="brief"><b>{_t(story, story.summary)}</b></div>' if story.summary else ""
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
        f"<title>{esc(_short_title(story.title))}</title>"
        '<meta name="robots" content="noindex, nofollow" /></head><body onload="window.print();">'
        f'<div class="print-header"><img src="/upload/{SITE_ID}/20190412/logo.png" alt="" /> <b>{esc(SITE_LONG)}</b></div>'
        f'<div class="print-article"><h3 class="title">{esc(story.title)}</h3><div class="post-date">{when:%d/%m/%Y %H:%M}</div>'
        f'{brief}<div class="content">{_content(story)}</div></div></body></html>'
    )
    return html(body)


# --------------------------------------------------------------------------- listings


def _list_item(story: Story, href: str) -> str:
    when = _when(story)
    desc = esc(story.summary) if story.summary else ""
    return (
        f'<article itemscope itemtype="http://schema.org/NewsArticle" data-id="{object_id(story)}" class="item-block detailType2 Article-News">'
        '<div class="post-item row clearfix"><div class="col-xs-12 col-sm-5 col-md-4 left-type2-p"><figure class="post-image"><div class="mask"></div>'
        f'<a href="{href}" title="{esc(story.title)}"><img class="post-image relative-height" data-size-ratio="3:2" src="{esc(_thumb(story))}" '
        f"onerror=\"this.src='/App/Corporate/images/no-image-news.png';\" alt=\"{esc(story.title)}\" itemprop=\"image\"></a></figure></div>"
        '<div class="col-xs-12 col-sm-7 col-md-8 right-type2-p">'
        f'<div class="post-title"><h4 class="entry-title" itemprop="headline"><a href="{href}">{esc(story.title)}</a></h4></div>'
        '<div class="post-meta post-meta-top mb-10 clearfix"><span class="vcard author post-author"><i class="fa fa-user"></i> <span class="fn">'
        f'<a href="/?page=AccountLink.home" itemprop="author">{esc(SITE)}</a></span></span> '
        f'<span class="date"><i class="fa fa-clock-o"></i> <time class="post-date updated" datetime="{when:%Y-%m-%dT%H:%M:00}+07:00">{when:%d/%m/%Y}</time></span></div>'
        f'<div class="post-content mb-10" itemprop="description">{desc}</div>'
        f'<div class="post-meta post-meta-bottom clearfix"><div class="post-links pull-right"><i class="fa fa-caret-right"></i> <a href="{href}" class="post-more">Xem tiếp</a></div></div>'
        "</div></div></article>"
    )


def _pager(key: str, page: int) -> str:
    """Subcategories: onclick="self.location='…'"; parents: loadPageNN(n) with the URL pattern in data-url."""
    cat = CATS[key]
    total = pages(key)
    mod = cat.module
    if cat.parent is not None:

        def link(n: int, label: str) -> str:
            return f"<li><a href=\"javascript:void(0)\" onclick=\"self.location='{cat_path(key, n)}'\">{label}</a></li>"

        items = [link(page - 1, "&laquo;") if page > 1 else '<li class="disabled"><a href="javascript:void(0)">&laquo;</a></li>']
        items += ['<li class="active"><a href="javascript:void(0)">' + str(n) + "</a></li>" if n == page else link(n, str(n)) for n in range(1, total + 1)]
        items.append(link(page + 1, "&raquo;") if page < total else '<li class="disabled"><a href="javascript:void(0)">&raquo;</a></li>')
        return f'<div id="pagination{mod}" class="default-pagination" style="text-align:center"><ul class="pagination">{"".join(items)}</ul></div>'

    def call(n: int, label: str) -> str:
        return f'<li><a href="#" onclick="loadPage{mod}({n});return false;">{label}</a></li>'

    items = [call(page - 1, "Trang trước") if page > 1 else ""]
    items += ['<li class="active"><a href="#">' + str(n) + "</a></li>" if n == page else call(n, str(n)) for n in range(1, total + 1)]
    items.append(call(page + 1, "Trang sau") if page < total else "")
    return (
        f'<div id="pagination{mod}" class="default-pagination" style="text-align:center" data-url="{cat_path(key)}?pageNo={{pageNo}}" '
        f'data-total-items="{len(in_cat(key))}" data-items-per-page="{PARENT_PER_PAGE}"><ul class="pagination">{"".join(items)}</ul></div>'
        f"<script type=\"text/javascript\">function loadPage{mod}(n){{ var url = $('#pagination{mod}').attr('data-url'); "
        "self.location = url.replace('{pageNo}', n); }</script>"
    )


def _listing(request: Request, key: str, page: int) -> Response | None:
    cat = CATS[key]
    if not 1 <= page <= pages(key):
        return None
    per = _per_page(key)
    chunk = in_cat(key)[(page - 1) * per : page * per]
    link = short_path if cat.parent is None else full_path
    items = "".join(_list_item(s, link(s)) for s in chunk)
    main = (
        f'<div id="module{cat.module}" class="ModuleWrapper"><section id="section{cat.module}" class="section-list Article-News-List-default">'
        f'<h1 class="title-category"><a href="{cat_path(key)}">{esc(cat.name)}</a></h1>{items}<div class="clearfix"></div>'
        f"{_pager(key, page)}</section></div>"
    )
    trail = [(cat_path(cat.parent), CATS[cat.parent].name)] if cat.parent else []
    trail.append((cat_path(key), cat.name))
    head = f'<meta name="description" content="{esc(cat.name)} - {esc(SITE)}"/>\n'
    return html(_page(request, title=cat.name, head=head, trail=trail, main=main))


def _home(request: Request) -> Response:
    news = in_cat("tin-tuc-su-kien")[:4]
    lead, rest = news[0], news[1:]
    news_html = (
        f'<div class="home-news-lead"><a href="{short_path(lead)}"><img src="{esc(_thumb(lead))}" alt="{esc(lead.title)}" /></a>'
        f'<h3><a href="{short_path(lead)}">{esc(lead.title)}</a></h3><span class="post-date">{_when(lead):%d/%m/%Y}</span></div><ul class="list-news">'
        + "".join(f'<li><a href="{short_path(s)}">{esc(s.title)}</a> <span class="post-date">({_when(s):%d/%m/%Y})</span></li>' for s in rest)
        + f'</ul><a class="view-more" href="{cat_path("tin-tuc-su-kien")}">Xem thêm</a>'
    )
    notices = "".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{short_path(s)}">{esc(s.title)}</a> <span class="post-date">{_when(s):%d/%m/%Y}</span></li>'
        for s in in_cat("thong-bao")[:5]
    )
    schedule = "".join(f'<li><a href="{full_path(s)}">{esc(s.title)}</a></li>' for s in in_cat("lich-cong-tac")[:2])
    main = (
        _panel(f'<a href="{cat_path("tin-tuc-su-kien")}">Tin tức - Sự kiện</a>', news_html)
        + _panel(f'<a href="{cat_path("thong-bao")}">Thông báo</a>', f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul class="list-notice">{notices}</ul></marquee>')
        + _panel(f'<a href="{cat_path("lich-cong-tac")}">Lịch công tác</a>', f'<ul class="list-schedule">{schedule}</ul>')
    )
    head = f'<meta name="description" content="{esc(SITE_LONG)} - Phòng Giáo dục và Đào tạo huyện Đức Trọng"/>\n'
    return html(_page(request, title=SITE_LONG, head=head, trail=[], main=main))


def _tag_page(request: Request, tag: str) -> Response | None:
    if tag not in ALL_TAGS:
        return None
    items = "".join(_list_item(s, full_path(s)) for s in _newest(STORIES) if tag in _tags(s))
    main = f'<section class="section-list tag-list"><h1 class="title-category">Tag: {esc(tag)}</h1>{items}</section>'
    return html(_page(request, title=f"Tag: {tag}", head="", trail=[(tag_href(tag), tag)], main=main))


_STATIC_PAGES = {
    "/gioi-thieu.html": (
        "Giới thiệu",
        (
            "Trường TH và THCS Lê Văn Tám được thành lập năm 2019 trên cơ sở sáp nhập Trường Tiểu"
            " học Phú Thạnh và Trường THCS Hiệp Thạnh. Trường có 27 lớp với 812 học sinh, 52 cán"
            " bộ, giáo viên, nhân viên.",
            "Nhà trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2 năm"
            " 2023.",
        ),
    ),
    "/gioi-thieu/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        (
            "Hiệu trưởng: Nguyễn Thị Kim Oanh. Phó Hiệu trưởng: Lê Văn Sơn, Đỗ Thị Hạnh.",
            "Các tổ chuyên môn: tổ 1-2-3, tổ 4-5, tổ Khoa học tự nhiên, tổ Khoa học xã hội, tổ"
            " Văn phòng.",
        ),
    ),
    "/lien-he.html": (
        "Liên hệ",
        (
            "Địa chỉ: Thôn Phú Thạnh, xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng.",
            "Điện thoại: 0263.3843.512. Email: c12levantam.ductrong@lamdong.edu.vn",
        ),
    ),
}


def _static_page(request: Request, path: str) -> Response:
    title, paragraphs = _STATIC_PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    main = f'<div class="page-static"><h1 class="title-page">{esc(title)}</h1><div class="content-page">{body}</div></div>'
    return html(_page(request, title=title, head="", trail=[(path, title)], main=main))


def _query_page(request: Request) -> Response | None:
    params = request.params
    page = params.get("page")
    if page == "home":
        return _home(request)
    if page == "Article.Print.detail":
        oid = params.get("id") or params.get("amp;id")  # the script writes "&amp;id=" literally
        story = next((s for s in STORIES if object_id(s) == oid), None)
        return _print(request, story) if story else None
    if page == "login":
        main = (
            '<div class="login-form"><h1>Đăng nhập hệ thống</h1><form method="post" action="/?page=login">'
            '<label>Tên đăng nhập</label><input type="text" name="username" class="form-control" />'
            '<label>Mật khẩu</label><input type="password" name="password" class="form-control" />'
            '<button type="submit" class="btn btn-primary">Đăng nhập</button></form></div>'
        )
        return html(_page(request, title="Đăng nhập", head="", trail=[("/?page=login", "Đăng nhập")], main=main))
    if page == "sitemap":
        rows = "".join(f'<li><a href="{cat_path(k)}">{esc(c.name)}</a></li>' for k, c in CATS.items())
        main = f'<div class="sitemap"><h1>Sơ đồ trang</h1><ul>{rows}</ul></div>'
        return html(_page(request, title="Sơ đồ trang", head="", trail=[("/?page=sitemap", "Sơ đồ trang")], main=main))
    if page == "AccountLink.home":
        main = f'<div class="account-home"><h1>{esc(SITE)}</h1><p>Tài khoản quản trị nội dung của nhà trường.</p></div>'
        return html(_page(request, title=SITE, head="", trail=[], main=main))
    if page == "search":
        keyword = unicodedata.normalize("NFC", params.get("keyword", "")).lower()
        hits = [s for s in _newest(STORIES) if keyword and keyword in s.title.lower()]
        items = "".join(_list_item(s, full_path(s)) for s in hits) or '<div class="alert alert-info">Không có dữ liệu</div>'
        main = f'<section class="section-list search-list"><h1>Kết quả tìm kiếm: {esc(keyword)}</h1>{items}</section>'
        return html(_page(request, title="Tìm kiếm", head="", trail=[], main=main))
    return None


# --------------------------------------------------------------------------- routing


class VhvSchool:
    """Routes the platform's slug URLs to pages rendered per request."""

    def respond(self, request: Request) -> Response | None:
        path = unicodedata.normalize("NFC", unquote(request.path))
        if path.startswith(("/publish/", "/App/", "/css/", "/3rdparty/")) or (path.startswith("/upload/") and not path.endswith(".pdf")):
            return static_file(path)
        if path.endswith(".pdf"):
            story = next((s for s in STORIES if attachment_path(s) == path), None)
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if story else None
        if path == "/":
            return _query_page(request) if request.query else _home(request)
        if path in _STATIC_PAGES and not request.query:
            return _static_page(request, path)
        if m := re.fullmatch(r"/tag/(.+)\.html", path):
            return _tag_page(request, m.group(1))
        m = re.fullmatch(r"/([a-z0-9-]+)(?:/([a-z0-9-]+))?\.html", path)
        if m is None:
            m2 = re.fullmatch(r"/([a-z0-9-]+)/([a-z0-9-]+)/([a-z0-9-]+)\.html", path)
            if m2 is None or request.query:
                return None
            story = self._story(m2.group(3))
            if story is None or _parent(story).key != m2.group(1) or story.cat != m2.group(2):
                return None
            return _detail(request, story)
        first, second = m.group(1), m.group(2)
        if second is None:
            return self._listing(request, first) if first in CATS and CATS[first].parent is None else None
        if second in CATS and CATS[second].parent == first:
            return self._listing(request, second)
        story = self._story(second)
        if story is None or _parent(story).key != first or request.query:
            return None
        return _detail(request, story)

    @staticmethod
    def _story(slug: str) -> Story | None:
        return next((s for s in STORIES if _SLUGS[s.id] == slug), None)

    @staticmethod
    def _listing(request: Request, key: str) -> Response | None:
        params = request.params
        if set(params) - {"pageNo"}:
            return None
        raw = params.get("pageNo", "1")
        return _listing(request, key, int(raw)) if raw.isdigit() else None


def build_site() -> VhvSchool:
    return VhvSchool()


# --------------------------------------------------------------------------- gold (by hand)


def _gold(story: Story) -> dict:
    return gold_record(story, full_path(story), _sub(story).name, alt_paths=(short_path(story),))


GOLD: list[dict] = [_gold(s) for s in STORIES]


def _listing_targets() -> list[str]:
    out = []
    for key in CATS:
        out.append(cat_path(key))
        out += [cat_path(key, n) for n in range(1, pages(key) + 1)]
    return out


NON_ARTICLES: list[str] = [
    "/",
    "/?page=home",
    *_listing_targets(),
    *(tag_href(t) for t in ALL_TAGS),
    *(print_path(s) for s in STORIES),
    "/?page=login",
    "/?page=sitemap",
    "/?page=AccountLink.home",
    "/?page=search&keyword=h%E1%BB%99i+thi",
    *_STATIC_PAGES,
    *(p for s in STORIES if (p := attachment_path(s))),
]
