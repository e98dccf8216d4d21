"""Fixture portal: a district education office (Phòng GD&ĐT) still on Joomla 1.5 in legacy mode.

Imitates the site of the Phòng Giáo dục và Đào tạo of Cẩm Giàng district (Hải Dương), built on
Joomla 1.0 in 2008 and moved to Joomla 1.5.x with the System - Legacy plugin around 2010: the
1.0 template (layout tables, ``table.moduletable`` boxes, ``td.contentheading``), the 1.0 menu
links and extensions (DOCman, RSGallery2, Joomap, a visitor counter, an archive calendar) were
kept. The district was dissolved in the 2025 reorganisation, so the newest news is from June
2025, while the header clock still prints today. What it serves:

- everything in windows-1258 (tone marks stored as combining characters, so decoded text is
  partly decomposed), declared only in ``<meta http-equiv>``: the HTTP header says ``text/html``
  with no charset; the pop-up print views (``index2.php``) have a *wrong* header
  (``charset=iso-8859-1``) next to the same windows-1258 meta tag;
- two archived 2008 articles whose text was pasted from Word in the TCVN3 (ABC) ``.VnTime`` font:
  their bodies, captions and bylines are TCVN3 bytes inside the windows-1258 page (capitals with a
  tone in ``.VnTimeH``), their titles were typed in Unicode; one 2025 article stored with HTML
  character references (TinyMCE named/numeric entities mixed with raw letters);
- articles at the 1.0 URL ``index.php?option=com_content&task=view&id=N&Itemid=M`` with the
  ``Itemid`` of the menu item they are reached from: the category blog (primary), the front page
  (``Itemid=1``), the "Tin tức" section blog (``Itemid=2``); the 1.5 modules "Tin mới nhất" and
  "Tin xem nhiều" link the 1.5 native form ``index.php?option=com_content&view=article&id=N:alias
  &catid=C:alias&Itemid=M``. No ``rel=canonical`` anywhere (Joomla 1.5 had none);
- the 1.0 article table: ``td.contentheading``, PDF / print / e-mail icons (``index2.php?…&do_pdf=1``,
  ``index2.php?…&pop=1&page=0``, ``index2.php?…&task=emailform``), "Viết bởi <name>" (the login
  name or the created-by alias), ``td.createdate`` "Thứ sáu, 20 Tháng 6 2025 09:45" (00:00 when
  the editor entered only a date), "Lần cập nhật cuối ( … )", a rating form, "< Trước / Tiếp >"
  and a "Các tin khác" list;
- blog listings with ``&limit=4&limitstart=N`` pagination ("<< Đầu < Trước 1 2 Tiếp > Cuối >>"),
  "Đọc tiếp..." links and "Tiếp theo..." lists; the "Thông báo" category as a 1.0 table list with
  a "Ngày" column; the front page (``com_frontpage``) with its own pagination;
- static pages at the same ``task=view&id=N`` URL shape as articles ("Giới thiệu", "Cơ cấu tổ
  chức"), DOCman "Văn bản" (categories, details, downloads), an RSGallery2 "Thư viện ảnh",
  com_contact, com_search, com_poll results, registration pages, a Joomap "Sơ đồ website", the
  com_rss feed;
- trap: the sidebar archive calendar "Lịch bài viết" links "«"/"»" to
  ``index.php?option=com_content&task=archivesection&id=0&year=YYYY&month=MM&module=1``; every
  month from 1000-01 to 9999-12 answers 200 and prints the calendar again, so the month links
  never end;
- soft 404: an old article links a deleted article (``id=298``); Joomla answers 200 with its
  "Bạn không được phép xem tài nguyên này." notice inside the full template (any unknown id does).

Gold (by hand, see STORIES). Articles are the com_content items of the three news categories.
``path`` is the category-blog URL (the ``Itemid`` Joomla itself picks for the item); the other
URLs that serve the same article are ``alt_paths``. Static pages, print views, e-mail forms,
DOCman entries, listings, archive months and the soft 404 are NON_ARTICLES. Judgement calls:
"Viết bởi" names a person only when the editor filled the created-by alias (id 409); login names
("Administrator", "pgdcamgiang") are not authors. The publication date is ``td.createdate``;
a printed 00:00 is a date only. One notice (id 407) hides its creation date and prints only
"Lần cập nhật cuối": the modification date is not the publication date, so ``published_at`` is
the "Ngày" column of the "Thông báo" table list. A bold first paragraph is the sapo (summary and
first body paragraph). Sub-heading lines and list items are body paragraphs; table rows are body
lines with cells joined by " | ". The "Tải về: …pdf" attachment line of id 403 is not body text. A
caption that is only a camera file name (DSC_0457.JPG) is no caption. The TCVN3 articles' gold is
the text as the ``.VnTime`` font shows it (the reader of 2008 had the font). "Nguồn: Báo Hải
Dương" is the source; "Ảnh: Trường MN Tân Trường" credits an organisation as photographer.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    tcvn3_text,
    text,
    to_tcvn3,
)

NAME = "joomla15_legacy_pgd"
PLATFORM = "joomla"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Cẩm Giàng"
TEMPLATE = "pgd_camgiang"
CHARSET_META = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />'
#: the archive calendar's default month: the month of the fixed "today"
THIS_MONTH = (2026, 11)
BLOG_LIMIT = 4  # 1 leading + 3 intro per blog page
FRONT_LIMIT = 5  # 1 leading + 4 intro on the front page
SOFT_404_ID = 298


@dataclass(frozen=True)
class Cat:
    id: int
    name: str
    alias: str
    itemid: int
    section: int


@dataclass(frozen=True)
class Section:
    id: int
    name: str
    itemid: int


SECTIONS = {1: Section(1, "Tin tức", 2), 2: Section(2, "Thông báo", 29)}
CATS = {
    1: Cat(1, "Tin hoạt động", "tin-hoat-dong", 27, 1),
    2: Cat(2, "Tin từ các trường", "tin-tu-cac-truong", 28, 1),
    3: Cat(3, "Thông báo", "thong-bao", 29, 2),
}
WD = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


def _right_vn3(line: str) -> Raw:
    """A closing byline typed in Word with the .VnTime font (TCVN3)."""
    return Raw(
        '<p class="MsoNormal" align="right" style="text-align: right"><b>'
        f'<span style="font-size: 13pt; font-family: .VnTime">{tcvn3_text(line)}</span></b></p>'
    )


def _bare(name: str) -> Raw:
    return Raw(f'<p align="right">{esc(name)}</p>')


# Story.opts: created ("YYYY-MM-DD HH:MM", the CMS creation time), show_date (False: the item
# hides td.createdate), modified, by ("Viết bởi" value), enc ("tcvn3" | "entities" | ""),
# featured (on the front page), hits, attach (DOCman gid, file name).
# P styles: "" paragraph, "sapo" (bold first paragraph), "h" (bold sub-heading line), "li",
# "th"/"tr" (table rows, cells " | "), "link|<href>|<phrase>".
# Img styles: "mosimage" (1.0 {mosimage} box with div.mosimage_caption), "center-i" (centred
# image, italic centred line), "paren" (line in parentheses under it), "table" (Word table: image
# row, caption row), "file" (the line is the camera's file name), "plain" (no line).
STORIES: list[Story] = [
    Story(
        id=412,
        slug="hoi-nghi-tong-ket-nam-hoc-2024-2025",
        title="Hội nghị tổng kết năm học 2024 - 2025 ngành Giáo dục huyện Cẩm Giàng",
        cat="1",
        published_at="2025-06-20T09:45:00+07:00",
        summary=(
            "Sáng 19/6, Phòng Giáo dục và Đào tạo huyện Cẩm Giàng tổ chức Hội nghị tổng kết năm học"
            " 2024 - 2025. Đây là hội nghị tổng kết cuối cùng của ngành Giáo dục huyện trước khi"
            " thực hiện sắp xếp đơn vị hành chính các cấp."
        ),
        blocks=[
            P(
                "Sáng 19/6, Phòng Giáo dục và Đào tạo huyện Cẩm Giàng tổ chức Hội nghị tổng kết năm học"
                " 2024 - 2025. Đây là hội nghị tổng kết cuối cùng của ngành Giáo dục huyện trước khi"
                " thực hiện sắp xếp đơn vị hành chính các cấp.",
                "sapo",
            ),
            Img(
                "images/stories/2025/tongket2425/hoinghi01.jpg",
                "Quang cảnh Hội nghị tổng kết năm học 2024 - 2025",
                "Quang cảnh Hội nghị tổng kết năm học 2024 - 2025",
                "mosimage",
            ),
            P(
                "Dự hội nghị có đồng chí Phó Chủ tịch UBND huyện; đại diện lãnh đạo Sở Giáo dục và Đào"
                " tạo tỉnh Hải Dương; lãnh đạo các phòng, ban liên quan cùng hiệu trưởng các trường mầm"
                " non, tiểu học và trung học cơ sở trên địa bàn huyện."
            ),
            P("Chất lượng giáo dục tiếp tục được giữ vững", "h"),
            P(
                "Năm học 2024 - 2025, toàn huyện có 58 trường với 1.274 nhóm, lớp và hơn 36.800 trẻ em,"
                " học sinh. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%; 100% học sinh lớp 5 hoàn thành"
                " chương trình tiểu học; tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp trung học cơ sở"
                " đạt 99,8%."
            ),
            P(
                "Chất lượng giáo dục mũi nhọn có bước tiến rõ rệt. Huyện có 27 học sinh đạt giải trong"
                " kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh, xếp thứ 5 toàn tỉnh, tăng 3 bậc so với năm"
                " học trước; 12 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh."
            ),
            P("Cơ sở vật chất được quan tâm đầu tư", "h"),
            P(
                "Trong năm học, UBND huyện đã đầu tư hơn 86 tỷ đồng xây mới 64 phòng học, 18 phòng học"
                " bộ môn và mua sắm thiết bị dạy học tối thiểu cho lớp 5 và lớp 9 theo Chương trình"
                " giáo dục phổ thông 2018. Đến nay, toàn huyện có 52/58 trường đạt chuẩn quốc gia, đạt"
                " tỷ lệ 89,7%."
            ),
            Img(
                "images/stories/2025/tongket2425/hoinghi02.jpg",
                "Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "center-i",
            ),
            P("Nhiệm vụ trọng tâm năm học 2025 - 2026", "h"),
            P(
                "Phát biểu chỉ đạo hội nghị, đồng chí Phó Chủ tịch UBND huyện ghi nhận những kết quả"
                " ngành Giáo dục đã đạt được, đồng thời đề nghị các nhà trường chủ động rà soát đội ngũ,"
                " cơ sở vật chất, sẵn sàng bàn giao nguyên trạng hồ sơ, tài sản khi chuyển về các xã"
                " mới, bảo đảm không để gián đoạn việc dạy và học."
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 15 tập thể và 42 cá nhân có thành tích"
                " xuất sắc trong năm học 2024 - 2025."
            ),
            _right("Tin: Nguyễn Thị Thu Hằng"),
            _right("Ảnh: Vũ Mạnh Hùng"),
        ],
        authors=["Nguyễn Thị Thu Hằng"],
        photographers=["Vũ Mạnh Hùng"],
        opts={
            "created": "2025-06-20 09:45",
            "modified": "2025-06-23 10:12",
            "by": "Administrator",
            "featured": True,
            "hits": 1184,
        },
    ),
    Story(
        id=409,
        slug="cam-giang-co-27-hoc-sinh-dat-giai-hsg-lop-9-cap-tinh",
        title="Cẩm Giàng có 27 học sinh đạt giải thi chọn học sinh giỏi lớp 9 cấp tỉnh",
        cat="1",
        published_at="2025-03-14T16:20:00+07:00",
        blocks=[
            P(
                "Theo kết quả Sở Giáo dục và Đào tạo vừa công bố, trong kỳ thi chọn học sinh giỏi lớp 9"
                " cấp tỉnh năm học 2024 - 2025, huyện Cẩm Giàng có 27 học sinh đạt giải, gồm 2 giải"
                " Nhất, 6 giải Nhì, 9 giải Ba và 10 giải Khuyến khích."
            ),
            P(
                "Trường THCS Nguyễn Trãi có 11 học sinh đạt giải, dẫn đầu toàn huyện; em Vũ Minh Châu,"
                " lớp 9A đạt giải Nhất môn Toán với 18,5/20 điểm. Các trường THCS Cẩm Vũ, THCS Lai Cách"
                " cũng có nhiều học sinh đạt giải ở các môn Ngữ văn, Tiếng Anh và Khoa học tự nhiên."
            ),
            Img(
                "images/stories/2025/hsg9/vu-minh-chau.jpg",
                "Em Vũ Minh Châu (bên trái) trong buổi ôn tập đội tuyển Toán",
                "Em Vũ Minh Châu (bên trái) trong buổi ôn tập đội tuyển Toán",
                "center-i",
            ),
            P(
                "So với năm học trước (xem bài Kết quả thi học sinh giỏi lớp 9 cấp tỉnh năm học"
                " 2023 - 2024), số giải của huyện tăng 8 giải, số giải Nhất tăng từ 0 lên 2.",
                f"link|index.php?option=com_content&task=view&id={SOFT_404_ID}&Itemid=27"
                "|Kết quả thi học sinh giỏi lớp 9 cấp tỉnh năm học 2023 - 2024",
            ),
            P(
                "Phòng Giáo dục và Đào tạo sẽ tổ chức tuyên dương, khen thưởng các học sinh đạt giải và"
                " giáo viên có học sinh đạt giải vào cuối năm học."
            ),
        ],
        authors=["Trần Quang Huy"],
        opts={
            "created": "2025-03-14 16:20",
            "by": "Trần Quang Huy",
            "enc": "entities",
            "featured": True,
            "hits": 2731,
        },
    ),
    Story(
        id=401,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-mam-non",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2024 - 2025",
        cat="1",
        published_at="2024-12-06",
        blocks=[
            P(
                "Từ ngày 25/11 đến ngày 5/12/2024, Phòng Giáo dục và Đào tạo tổ chức Hội thi giáo viên"
                " dạy giỏi cấp huyện bậc Mầm non với 46 giáo viên của 19 trường tham dự."
            ),
            P(
                "Mỗi giáo viên thực hiện một hoạt động giáo dục trẻ theo hình thức bốc thăm và trình bày"
                " biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ. Kết quả, 38 giáo viên được công"
                " nhận giáo viên dạy giỏi cấp huyện. Dưới đây là một số hình ảnh của Hội thi:"
            ),
            Img(
                "images/stories/2024/gvdg-mn/gvdg01.jpg",
                "Cô giáo Trường Mầm non Cẩm Điền trong giờ hoạt động làm quen với toán",
                "Cô giáo Trường Mầm non Cẩm Điền trong giờ hoạt động làm quen với toán",
                "table",
            ),
            Img(
                "images/stories/2024/gvdg-mn/gvdg02.jpg",
                "Trẻ hào hứng tham gia hoạt động âm nhạc",
                "Trẻ hào hứng tham gia hoạt động âm nhạc",
                "center-i",
            ),
            Img(
                "images/stories/2024/gvdg-mn/gvdg03.jpg",
                "(Ban giám khảo trao đổi, góp ý sau tiết dạy)",
                "Ban giám khảo trao đổi, góp ý sau tiết dạy",
                "paren",
            ),
            Img("images/stories/2024/gvdg-mn/DSC_0457.JPG", "DSC_0457.JPG", None, "file"),
            _right("Bài, ảnh: Phạm Văn Khoa"),
        ],
        authors=["Phạm Văn Khoa"],
        photographers=["Phạm Văn Khoa"],
        opts={"created": "2024-12-06 00:00", "by": "Administrator", "featured": True, "hits": 1650},
    ),
    Story(
        id=388,
        slug="day-manh-chuyen-doi-so-trong-quan-ly-giao-duc",
        title="Đẩy mạnh chuyển đổi số trong quản lý giáo dục",
        cat="1",
        published_at="2024-10-08T07:55:00+07:00",
        blocks=[
            P(
                "Năm học 2024 - 2025, ngành Giáo dục huyện Cẩm Giàng xác định chuyển đổi số là một trong"
                " những nhiệm vụ trọng tâm, tập trung vào quản lý hồ sơ, sổ sách điện tử và thanh toán"
                " không dùng tiền mặt trong các nhà trường."
            ),
            P(
                "Đến nay, 100% trường học trên địa bàn huyện đã sử dụng phần mềm quản lý trường học, sổ"
                " điểm điện tử và học bạ số đối với cấp tiểu học. Hơn 95% khoản thu của các trường được"
                " thực hiện qua ngân hàng, giúp việc quản lý minh bạch, thuận tiện cho cha mẹ học sinh."
            ),
            P(
                "Tuy vậy, hạ tầng công nghệ thông tin ở một số trường còn thiếu, đường truyền chưa ổn"
                " định; một bộ phận giáo viên lớn tuổi còn lúng túng khi sử dụng phần mềm. Phòng Giáo"
                " dục và Đào tạo đã tổ chức 4 lớp tập huấn cho hơn 300 cán bộ quản lý, giáo viên phụ"
                " trách công nghệ thông tin của các trường."
            ),
            _right("Nguồn: Báo Hải Dương", "em"),
        ],
        source="Báo Hải Dương",
        opts={
            "created": "2024-10-08 07:55",
            "modified": "2024-10-09 14:31",
            "by": "Administrator",
            "hits": 904,
        },
    ),
    Story(
        id=63,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2008-2009",
        title="Hội nghị triển khai nhiệm vụ năm học 2008 - 2009",
        cat="1",
        published_at="2008-09-22T14:30:00+07:00",
        blocks=[
            P(
                "Ngày 20/9/2008, Phòng Giáo dục và Đào tạo huyện Cẩm Giàng tổ chức Hội nghị triển khai"
                " nhiệm vụ năm học 2008 - 2009 cho cán bộ quản lý các trường mầm non, tiểu học và trung"
                " học cơ sở trong huyện."
            ),
            P(
                "Năm học 2008 - 2009 là năm học toàn ngành tiếp tục thực hiện cuộc vận động “Hai không”"
                " và phong trào thi đua “Xây dựng trường học thân thiện, học sinh tích cực” do Bộ Giáo"
                " dục và Đào tạo phát động."
            ),
            Img(
                "images/stories/2008/hoinghi-0809.jpg",
                "(Đồng chí Trưởng phòng Giáo dục và Đào tạo phát biểu tại Hội nghị)",
                "Đồng chí Trưởng phòng Giáo dục và Đào tạo phát biểu tại Hội nghị",
                "paren",
            ),
            P(
                "Hội nghị đã thống nhất các chỉ tiêu chủ yếu: giữ vững phổ cập giáo dục tiểu học đúng độ"
                " tuổi và phổ cập trung học cơ sở; phấn đấu có thêm 3 trường đạt chuẩn quốc gia; 100%"
                " trường học có kết nối Internet."
            ),
            _right_vn3("Tin, ảnh: Đỗ Văn Hùng"),
        ],
        authors=["Đỗ Văn Hùng"],
        photographers=["Đỗ Văn Hùng"],
        opts={"created": "2008-09-22 14:30", "by": "Administrator", "enc": "tcvn3", "hits": 2210},
    ),
    Story(
        id=57,
        slug="khai-mac-lop-boi-duong-chinh-tri-he-nam-2008",
        title="Khai mạc lớp bồi dưỡng chính trị hè năm 2008",
        cat="1",
        published_at="2008-07-12T08:00:00+07:00",
        blocks=[
            P(
                "Sáng ngày 10/7/2008, tại Trung tâm Bồi dưỡng chính trị huyện, Phòng Giáo dục và Đào tạo"
                " phối hợp với Ban Tuyên giáo Huyện ủy khai mạc lớp bồi dưỡng chính trị hè năm 2008 cho"
                " hơn 1.200 cán bộ, giáo viên toàn huyện."
            ),
            P(
                "Trong 3 ngày, các học viên được nghe quán triệt Nghị quyết Hội nghị Trung ương 7 khóa X,"
                " chuyên đề học tập và làm theo tấm gương đạo đức Hồ Chí Minh và các văn bản chỉ đạo của"
                " ngành về nhiệm vụ năm học mới."
            ),
            P(
                "Kết thúc lớp học, mỗi học viên viết bài thu hoạch và đăng ký nội dung làm theo tấm gương"
                " đạo đức Hồ Chí Minh gắn với nhiệm vụ của bản thân."
            ),
            _right_vn3("Tin: Lê Văn Thịnh"),
        ],
        authors=["Lê Văn Thịnh"],
        opts={
            "created": "2008-07-12 08:00",
            "modified": "2010-03-20 09:12",
            "by": "Administrator",
            "enc": "tcvn3",
            "hits": 1377,
        },
    ),
    Story(
        id=405,
        slug="thcs-cam-vu-to-chuc-ngay-hoi-doc-sach-nam-2025",
        title="Trường THCS Cẩm Vũ tổ chức Ngày hội đọc sách năm 2025",
        cat="2",
        published_at="2025-04-21T15:05:00+07:00",
        summary=(
            "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4, Trường THCS Cẩm Vũ tổ chức Ngày hội đọc"
            " sách với chủ đề “Sách - nhịp cầu tri thức”, thu hút hơn 500 học sinh tham gia."
        ),
        blocks=[
            P(
                "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4, Trường THCS Cẩm Vũ tổ chức Ngày hội"
                " đọc sách với chủ đề “Sách - nhịp cầu tri thức”, thu hút hơn 500 học sinh tham gia.",
                "sapo",
            ),
            Img(
                "images/stories/2025/cv-docsach/docsach01.jpg",
                "Học sinh tham quan các gian trưng bày sách của các lớp",
                "Học sinh tham quan các gian trưng bày sách của các lớp",
                "mosimage",
            ),
            P(
                "Tại ngày hội, mỗi lớp dựng một gian trưng bày giới thiệu những cuốn sách hay, tổ chức"
                " thi kể chuyện theo sách, vẽ tranh bìa sách và giới thiệu sách bằng tiếng Anh. Thư viện"
                " nhà trường cũng mở cửa cả ngày để học sinh đến đọc và mượn sách."
            ),
            P(
                "Dịp này, nhà trường phát động phong trào quyên góp sách tặng thư viện, tủ sách lớp học."
                " Chỉ trong một buổi sáng, học sinh và cha mẹ học sinh đã ủng hộ hơn 1.300 cuốn sách các"
                " loại."
            ),
            _bare("Nguyễn Thị Lan Anh"),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        opts={"created": "2025-04-21 15:05", "by": "pgdcamgiang", "featured": True, "hits": 615},
    ),
    Story(
        id=396,
        slug="mam-non-tan-truong-vui-tet-trung-thu-cung-be",
        title="Trường Mầm non Tân Trường vui Tết Trung thu cùng bé",
        cat="2",
        published_at="2024-09-16T10:05:00+07:00",
        blocks=[
            P(
                "Chiều 14/9, Trường Mầm non Tân Trường tổ chức chương trình “Vui hội trăng rằm” cho gần"
                " 400 cháu của 14 nhóm, lớp. Các cháu được xem múa lân, biểu diễn văn nghệ, phá cỗ và"
                " nhận quà Trung thu do Hội cha mẹ học sinh trao tặng."
            ),
            Img(
                "images/stories/2024/mn-tantruong/trungthu01.jpg",
                "Các bé múa hát chào mừng Tết Trung thu",
                "Các bé múa hát chào mừng Tết Trung thu",
                "table",
            ),
            P(
                "Mỗi lớp tự trang trí một mâm cỗ từ các loại hoa quả, bánh kẹo. Qua đó giúp trẻ hiểu thêm"
                " về ý nghĩa của ngày Tết Trung thu, giáo dục trẻ tình yêu quê hương và truyền thống văn"
                " hóa dân tộc."
            ),
            Img("images/stories/2024/mn-tantruong/trungthu02.jpg", None, None, "plain"),
            _right("Tin: Đào Thị Ngọc"),
            _right("Ảnh: Trường MN Tân Trường"),
        ],
        authors=["Đào Thị Ngọc"],
        photographers=["Trường MN Tân Trường"],
        opts={"created": "2024-09-16 10:05", "by": "pgdcamgiang", "hits": 1402},
    ),
    Story(
        id=378,
        slug="lien-doi-tieu-hoc-lai-cach-ra-quan-ke-hoach-nho",
        title="Liên đội Trường Tiểu học Lai Cách ra quân thu gom giấy vụn “Kế hoạch nhỏ”",
        cat="2",
        published_at="2024-03-26",
        blocks=[
            P(
                "Sáng 25/3, nhân kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, Liên đội Trường"
                " Tiểu học Lai Cách tổ chức ra quân thu gom giấy vụn thực hiện phong trào “Kế hoạch"
                " nhỏ”."
            ),
            Img(
                "images/stories/2024/th-laicach/kehoachnho.jpg",
                "(Các em học sinh lớp 4A mang giấy vụn đến nộp cho Liên đội)",
                "Các em học sinh lớp 4A mang giấy vụn đến nộp cho Liên đội",
                "paren",
            ),
            P(
                "Sau một buổi sáng, các chi đội đã thu gom được hơn 1,8 tấn giấy vụn. Toàn bộ số tiền bán"
                " giấy vụn sẽ được dùng để mua sách vở, đồ dùng học tập tặng học sinh có hoàn cảnh khó"
                " khăn của trường."
            ),
            _right("Bài: Hoàng Thị Yến - Ảnh: Lê Hữu Phước"),
        ],
        authors=["Hoàng Thị Yến"],
        photographers=["Lê Hữu Phước"],
        opts={"created": "2024-03-26 00:00", "by": "pgdcamgiang", "hits": 733},
    ),
    Story(
        id=411,
        slug="lich-thi-tuyen-sinh-vao-lop-10-thpt-nam-hoc-2025-2026",
        title="Lịch thi tuyển sinh vào lớp 10 THPT năm học 2025 - 2026",
        cat="3",
        published_at="2025-05-27T14:10:00+07:00",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo thông báo lịch thi tuyển sinh vào lớp 10 trung học phổ thông"
                " năm học 2025 - 2026 của Sở Giáo dục và Đào tạo tỉnh Hải Dương như sau:"
            ),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("02/6/2025 | Sáng | Ngữ văn | 120 phút", "tr"),
            P("02/6/2025 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("03/6/2025 | Sáng | Toán | 120 phút", "tr"),
            P("04/6/2025 | Sáng | Môn chuyên | 150 phút", "tr"),
            P(
                "Thí sinh có mặt tại điểm thi lúc 7 giờ 00 (buổi sáng) và 13 giờ 30 (buổi chiều) ngày"
                " 02/6/2025 để làm thủ tục dự thi. Các trường THCS thông báo tới học sinh lớp 9 và cha"
                " mẹ học sinh được biết."
            ),
        ],
        opts={"created": "2025-05-27 14:10", "by": "pgdcamgiang", "featured": True, "hits": 3120},
    ),
    Story(
        id=407,
        slug="thong-bao-lich-nghi-tet-nguyen-dan-at-ty-2025",
        title="Thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ năm 2025",
        cat="3",
        published_at="2025-01-15",
        blocks=[
            P(
                "Thực hiện chỉ đạo của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo thông báo: cán"
                " bộ, giáo viên, nhân viên và học sinh các trường mầm non, tiểu học, trung học cơ sở trên"
                " địa bàn huyện được nghỉ Tết Nguyên đán Ất Tỵ từ ngày 25/01/2025 đến hết ngày 02/02/2025"
                " (tức từ ngày 26 tháng Chạp năm Giáp Thìn đến hết mùng 5 tháng Giêng năm Ất Tỵ). Các"
                " trường bố trí trực bảo vệ, phòng chống cháy nổ trong những ngày nghỉ Tết và tổ chức"
                " học tập trở lại từ ngày 03/02/2025."
            ),
        ],
        opts={
            "created": "2025-01-15 08:40",
            "show_date": False,
            "modified": "2025-01-20 08:05",
            "by": "Administrator",
            "hits": 988,
        },
    ),
    Story(
        id=403,
        slug="huong-dan-to-chuc-hoat-dong-chao-mung-20-11-2024",
        title="Hướng dẫn tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2024",
        cat="3",
        published_at="2024-10-28T15:30:00+07:00",
        blocks=[
            P(
                "Ngày 25/10/2024, Phòng Giáo dục và Đào tạo ban hành Công văn số 412/PGDĐT-VP hướng dẫn"
                " các trường tổ chức các hoạt động thi đua chào mừng kỷ niệm 42 năm Ngày Nhà giáo Việt"
                " Nam 20/11/2024. Đề nghị hiệu trưởng các trường nghiên cứu, triển khai thực hiện. Nội"
                " dung chi tiết xem trong văn bản đính kèm."
            ),
        ],
        opts={
            "created": "2024-10-28 15:30",
            "by": "Administrator",
            "featured": True,
            "hits": 541,
            "attach": (21, "CV 412-PGDDT huong dan 20-11.pdf"),
        },
    ),
    Story(
        id=392,
        slug="thong-bao-nop-ho-so-xet-cong-nhan-sang-kien-2023-2024",
        title="Thông báo nộp hồ sơ xét công nhận sáng kiến cấp huyện năm học 2023 - 2024",
        cat="3",
        published_at="2024-04-02T09:00:00+07:00",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo đề nghị các trường mầm non, tiểu học, trung học cơ sở nộp hồ"
                " sơ đề nghị xét công nhận sáng kiến cấp huyện năm học 2023 - 2024 về bộ phận Văn phòng"
                " trước ngày 20/4/2024. Hồ sơ gồm:"
            ),
            P("Tờ trình đề nghị xét công nhận sáng kiến của nhà trường;", "li"),
            P("Danh sách sáng kiến đề nghị xét công nhận (theo mẫu);", "li"),
            P("Báo cáo sáng kiến (02 bản in và bản điện tử gửi qua hộp thư của Phòng).", "li"),
            P("Phòng không nhận hồ sơ sau thời hạn trên."),
        ],
        opts={"created": "2024-04-02 09:00", "by": "Administrator", "hits": 377},
    ),
]

_BY_ID = {s.id: s for s in STORIES}


def _created(s: Story) -> datetime:
    return datetime.strptime(s.opts["created"], "%Y-%m-%d %H:%M")


def _cat(s: Story) -> Cat:
    return CATS[int(s.cat)]


#: newest first, as every com_content listing orders them ("rdate")
_LATEST = sorted(STORIES, key=_created, reverse=True)


def in_cat(cid: int) -> list[Story]:
    return [s for s in _LATEST if int(s.cat) == cid]


def in_section(sid: int) -> list[Story]:
    return [s for s in _LATEST if _cat(s).section == sid]


FRONT = [s for s in _LATEST if s.opts.get("featured")]
LATEST_MODULE = _LATEST[:5]
MOSTREAD_MODULE = sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]


# ------------------------------------------------------------------------- URLs


def view_path(s: Story | int, itemid: int | None = None) -> str:
    """The 1.0 URL of an item; the primary one uses its category blog's Itemid."""
    sid = s if isinstance(s, int) else s.id
    if itemid is None:
        itemid = _cat(_BY_ID[sid]).itemid
    return f"/index.php?option=com_content&task=view&id={sid}&Itemid={itemid}"


def native_path(s: Story) -> str:
    """The Joomla 1.5 form the 1.5 modules print."""
    c = _cat(s)
    return (
        f"/index.php?option=com_content&view=article&id={s.id}:{s.slug}"
        f"&catid={c.id}:{c.alias}&Itemid={c.itemid}"
    )


def print_path(sid: int, itemid: int) -> str:
    return f"/index2.php?option=com_content&task=view&id={sid}&pop=1&page=0&Itemid={itemid}"


def email_path(sid: int, itemid: int) -> str:
    return f"/index2.php?option=com_content&task=emailform&id={sid}&itemid={itemid}"


def pdf_path(sid: int) -> str:
    return f"/index2.php?option=com_content&do_pdf=1&id={sid}"


def blogcat_path(cid: int, start: int = 0) -> str:
    base = f"/index.php?option=com_content&task=blogcategory&id={cid}&Itemid={CATS[cid].itemid}"
    return base + (f"&limit={BLOG_LIMIT}&limitstart={start}" if start else "")


def blogsection_path(sid: int = 1, start: int = 0) -> str:
    base = f"/index.php?option=com_content&task=blogsection&id={sid}&Itemid={SECTIONS[sid].itemid}"
    return base + (f"&limit={BLOG_LIMIT}&limitstart={start}" if start else "")


def front_path(start: int = 0) -> str:
    base = "/index.php?option=com_frontpage&Itemid=1"
    return base + (f"&limit={FRONT_LIMIT}&limitstart={start}" if start else "")


TABLE_PATH = "/index.php?option=com_content&task=category&sectionid=2&id=3&Itemid=29"


def archive_path(year: int, month: int) -> str:
    return (
        f"/index.php?option=com_content&task=archivesection&id=0&year={year}&month={month:02d}"
        "&module=1"
    )


STATIC_PAGES = {2: ("Giới thiệu", 26), 3: ("Cơ cấu tổ chức", 33)}
DOCMAN = "/index.php?option=com_docman&Itemid=30"
GALLERY = "/index.php?option=com_rsgallery2&Itemid=31"
CONTACT = "/index.php?option=com_contact&task=view&contact_id=1&Itemid=3"
SEARCH = "/index.php?option=com_search&Itemid=5"
SITEMAP = "/index.php?option=com_joomap&Itemid=40"
POLL = "/index.php?option=com_poll&task=results&id=14"
LOST_PASSWORD = "/index.php?option=com_registration&task=lostPassword"
REGISTER = "/index.php?option=com_registration&task=register"
RSS = "/index.php?option=com_rss&feed=RSS2.0&no_html=1"


@dataclass(frozen=True)
class Doc:
    gid: int
    cat: int
    title: str
    date: str
    file: str
    size: str


DOC_CATS = {2: "Công văn", 3: "Quyết định", 4: "Kế hoạch"}
DOCS = [
    Doc(
        21,
        2,
        "Công văn số 412/PGDĐT-VP hướng dẫn tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2024",
        "25/10/2024",
        "CV 412-PGDDT huong dan 20-11.pdf",
        "184.52 KB",
    ),
    Doc(
        18,
        2,
        "Công văn số 268/PGDĐT-THCS về việc tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện",
        "16/09/2024",
        "CV 268 thi HSG 9.pdf",
        "96.10 KB",
    ),
    Doc(
        19,
        3,
        "Quyết định số 105/QĐ-PGDĐT công nhận giáo viên dạy giỏi cấp huyện bậc Mầm non",
        "10/12/2024",
        "QD 105 GVDG MN.pdf",
        "311.08 KB",
    ),
    Doc(
        17,
        4,
        "Kế hoạch số 35/KH-PGDĐT thực hiện nhiệm vụ chuyển đổi số năm học 2024 - 2025",
        "05/09/2024",
        "KH 35 chuyen doi so.pdf",
        "152.77 KB",
    ),
]
_DOC_BY_GID = {d.gid: d for d in DOCS}


def doc_path(gid: int, task: str = "doc_details") -> str:
    return f"/index.php?option=com_docman&task={task}&gid={gid}&Itemid=30"


def doccat_path(gid: int) -> str:
    return f"/index.php?option=com_docman&task=cat_view&gid={gid}&Itemid=30"


ALBUMS = {1: "Hội nghị, hội thi", 2: "Hoạt động các trường"}


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


def alt_paths(s: Story) -> list[str]:
    """Every other URL that serves ``s`` and that some page links."""
    out = []
    if s.opts.get("featured"):
        out.append(view_path(s, 1))
    if _cat(s).section == 1:
        out.append(view_path(s, SECTIONS[1].itemid))
    if s in LATEST_MODULE or s in MOSTREAD_MODULE:
        out.append(native_path(s))
    return out


def _itemids(s: Story) -> list[int]:
    ids = [_cat(s).itemid]
    if s.opts.get("featured"):
        ids.append(1)
    if _cat(s).section == 1:
        ids.append(SECTIONS[1].itemid)
    return ids


GOLD: list[dict] = [
    gold_record(s, view_path(s), _cat(s).name, alt_paths=alt_paths(s)) for s in _LATEST
]


def _cal_months() -> list[tuple[int, int]]:
    return [(2026, 10), THIS_MONTH, (2026, 12)]


NON_ARTICLES: list[str] = [
    "/",
    "/index.php",
    front_path(),
    *(front_path(n * FRONT_LIMIT) for n in range(1, _pages(len(FRONT), FRONT_LIMIT))),
    blogsection_path(1),
    *(
        blogsection_path(1, n * BLOG_LIMIT)
        for n in range(1, _pages(len(in_section(1)), BLOG_LIMIT))
    ),
    *(blogcat_path(c) for c in (1, 2)),
    *(
        blogcat_path(c, n * BLOG_LIMIT)
        for c in (1, 2)
        for n in range(1, _pages(len(in_cat(c)), BLOG_LIMIT))
    ),
    TABLE_PATH,
    *(view_path(pid, itemid) for pid, (_, itemid) in STATIC_PAGES.items()),
    *(print_path(s.id, i) for s in STORIES for i in _itemids(s)),
    *(email_path(s.id, i) for s in STORIES for i in _itemids(s)),
    view_path(SOFT_404_ID, 27),
    *(archive_path(y, m) for y, m in _cal_months()),
    DOCMAN,
    *(doccat_path(g) for g in DOC_CATS),
    *(doc_path(d.gid) for d in DOCS),
    GALLERY,
    *(f"{GALLERY}&catid={a}" for a in ALBUMS),
    CONTACT,
    SEARCH,
    SITEMAP,
    POLL,
    LOST_PASSWORD,
    REGISTER,
    RSS,
]

# ------------------------------------------------------------------------- rendering


class _CP1258Table(dict):
    """``str.translate`` table: each character as ``cp1258_bytes`` stores it (tone marks apart),
    computed once per character; a page is then one translate and one encode."""

    def __missing__(self, code: int) -> str:
        value = cp1258_bytes(chr(code)).decode("cp1258")
        self[code] = value
        return value


_CP1258 = _CP1258Table()


def _cp1258(page: str) -> bytes:
    return unicodedata.normalize("NFC", page).translate(_CP1258).encode("cp1258")


class _Out:
    """One page being rendered: its host, and the TCVN3 byte chunks spliced in after encoding."""

    def __init__(self, base: str):
        self.base = base
        self.chunks: list[bytes] = []

    def abs(self, target: str) -> str:
        """Joomla 1.0's sefRelToAbs: every link absolute, ``&`` written ``&amp;``."""
        return esc(self.base + target)

    def tcvn3(self, markup: str) -> str:
        self.chunks.append(to_tcvn3(markup))
        return f"@@VN3:{len(self.chunks) - 1}@@"

    def encode(self, page: str) -> bytes:
        data = _cp1258(page)
        for i, chunk in enumerate(self.chunks):
            data = data.replace(f"@@VN3:{i}@@".encode(), chunk)
        return data


def _date_line(when: datetime) -> str:
    return f"{WD[when.weekday()]}, {when.day:02d} Tháng {when.month} {when.year} {when:%H:%M}"


def _short(when: datetime) -> str:
    return f"{when:%d/%m/%Y}"


def _t(value: str, s: Story) -> str:
    return text(value, entities=2) if s.opts.get("enc") == "entities" else text(value)


def _vn3(value: str) -> str:
    """Text of a TCVN3 block, as Word's HTML wrote it."""
    return f'<span style="font-size: 13pt; font-family: .VnTime">{tcvn3_text(value)}</span>'


def _image(img: Img, s: Story, out: _Out) -> str:
    old = s.opts.get("enc") == "tcvn3"
    line = (_vn3(img.printed) if old else _t(img.printed, s)) if img.printed else ""
    if img.style == "mosimage":
        return (
            '<div class="mosimage" style="border-width: 0px; float: left; margin: 5px; width: 300px;">'
            f'<img src="{out.abs("/" + img.src)}" hspace="6" alt="{esc(img.printed or "")}" '
            f'title="{esc(img.printed or "")}" border="0" width="300" height="200" />'
            f'<div class="mosimage_caption" style="width: 300px; text-align: center;" align="center">{line}</div></div>'
        )
    tag = f'<img src="{esc(img.src)}" border="0" alt="" width="450" height="300" />'
    if img.style == "table":
        return (
            '<table border="0" cellspacing="0" cellpadding="2" width="460" align="center">'
            f'<tbody><tr><td align="center">{tag}</td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: 8pt;"><em>{line}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "center-i":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "paren" and old:
        return (
            f'<p class="MsoNormal" align="center" style="text-align: center">{tag}</p>\n'
            f'<p class="MsoNormal" align="center" style="text-align: center"><i>{line}</i></p>'
        )
    if img.style in ("paren", "file"):
        return f'<p style="text-align: center;">{tag}<br />{line}</p>'
    return f'<p style="text-align: center;">{tag}</p>'


def _body(s: Story, out: _Out) -> str:
    """The article text as stored (intro and full text together, as the item view shows it)."""
    old = s.opts.get("enc") == "tcvn3"
    parts: list[str] = []
    rows: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if rows:
            parts.append(
                '<table border="1" cellspacing="0" cellpadding="4" width="95%" align="center"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            rows.clear()
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
            items.clear()

    for block in s.blocks:
        if isinstance(block, P) and block.style in ("th", "tr"):
            cell = "th" if block.style == "th" else "td"
            rows.append(
                "<tr>"
                + "".join(f"<{cell}>{_t(c, s)}</{cell}>" for c in block.text.split(" | "))
                + "</tr>"
            )
            continue
        if isinstance(block, P) and block.style == "li":
            items.append(f"<li>{_t(block.text, s)}</li>")
            continue
        flush()
        if isinstance(block, Raw):
            parts.append(block.html)
        elif isinstance(block, Img):
            parts.append(_image(block, s, out))
        elif old:
            parts.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 0.5in">'
                f"{_vn3(block.text)}</p>"
            )
        elif block.style == "sapo":
            parts.append(f"<p><strong>{_t(block.text, s)}</strong></p>")
        elif block.style == "h":
            parts.append(f"<p><b>{_t(block.text, s)}</b></p>")
        elif block.style.startswith("link|"):
            _, href, phrase = block.style.split("|", 2)
            before, after = block.text.split(phrase, 1)
            parts.append(
                f'<p style="text-align: justify;">{_t(before, s)}<a href="{esc(href)}">'
                f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
            )
        else:
            parts.append(f'<p style="text-align: justify;">{_t(block.text, s)}</p>')
    flush()
    if "attach" in s.opts:
        gid, name = s.opts["attach"]
        parts.append(
            f'<p><img src="images/M_images/pdf.gif" border="0" alt="" /> <a href="{out.abs(doc_path(gid, "doc_download"))}" '
            f'target="_blank">Tải về: {esc(name)}</a></p>'
        )
    markup = "\n".join(parts)
    return out.tcvn3(markup) if old else markup


def _intro(s: Story, out: _Out) -> str:
    """The intro text a blog shows: the first paragraph."""
    first = next(b for b in s.blocks if isinstance(b, P))
    if s.opts.get("enc") == "tcvn3":
        return out.tcvn3(f'<p class="MsoNormal" style="text-align: justify">{_vn3(first.text)}</p>')
    if first.style == "sapo":
        return f"<p><strong>{_t(first.text, s)}</strong></p>"
    return f'<p style="text-align: justify;">{_t(first.text, s)}</p>'


def _icons(s: Story, itemid: int, out: _Out) -> str:
    win = (
        "window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,"
        "resizable=yes,width=640,height=480,directories=no,location=no'); return false;"
    )
    return (
        f'<td align="right" width="100%" class="buttonheading"><a href="{out.abs(pdf_path(s.id))}" target="_blank" '
        f'onclick="{win}" title="PDF"><img src="{out.abs("/images/M_images/pdf_button.png")}" alt="PDF" '
        'align="middle" name="PDF" border="0" /></a></td>\n'
        f'<td align="right" width="100%" class="buttonheading"><a href="{out.abs(print_path(s.id, itemid))}" '
        f'target="_blank" onclick="{win}" title="In"><img src="{out.abs("/images/M_images/printButton.png")}" '
        'alt="In" align="middle" name="Print" border="0" /></a></td>\n'
        f'<td align="right" width="100%" class="buttonheading"><a href="{out.abs(email_path(s.id, itemid))}" '
        "target=\"_blank\" onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=no,"
        "titlebar=no,menubar=no,resizable=yes,width=400,height=250,directories=no,location=no'); return false;\" "
        f'title="E-mail"><img src="{out.abs("/images/M_images/emailButton.png")}" alt="E-mail" align="middle" '
        'name="E-mail" border="0" /></a></td>'
    )


def _item_table(s: Story, itemid: int, out: _Out, *, full: bool, link: str | None = None) -> str:
    """The 1.0 content item: heading table, then info rows and text."""
    heading = (
        f'<a href="{link}" class="contentpagetitle">{esc(s.title)}</a>' if link else esc(s.title)
    )
    rows = [
        '<tr>\n<td width="70%" align="left" valign="top" colspan="2">'
        f'<span class="small">Viết bởi {esc(s.opts["by"])}</span>&nbsp;&nbsp;</td>\n</tr>'
    ]
    if s.opts.get("show_date", True):
        rows.append(
            f'<tr>\n<td valign="top" colspan="2" class="createdate">{_date_line(_created(s))}</td>\n</tr>'
        )
    rows.append(
        f'<tr>\n<td valign="top" colspan="2">\n{_body(s, out) if full else _intro(s, out)}\n</td>\n</tr>'
    )
    if full and s.opts.get("modified"):
        when = datetime.strptime(s.opts["modified"], "%Y-%m-%d %H:%M")
        rows.append(
            '<tr>\n<td colspan="2" align="left" class="modifydate">'
            f"Lần cập nhật cuối ( {_date_line(when)} )</td>\n</tr>"
        )
    if not full:
        rows.append(
            f'<tr>\n<td align="left" colspan="2"><a href="{link}" class="readon">Đọc tiếp...</a></td>\n</tr>'
        )
    return (
        '<table class="contentpaneopen">\n<tr>\n'
        f'<td class="contentheading" width="100%">{heading}</td>\n'
        f"{_icons(s, itemid, out)}\n</tr>\n</table>\n"
        '<table class="contentpaneopen">\n' + "\n".join(rows) + "\n</table>\n"
        '<span class="article_seperator">&nbsp;</span>'
    )


def _rating(s: Story) -> str:
    votes = 3 + s.id % 7
    stars = "".join(
        f'<img src="/images/M_images/rating_star{"" if i < 4 else "_blank"}.png" alt="" border="0" />'
        for i in range(5)
    )
    return (
        '<form method="post" action="index.php"><span class="content_rating">Đánh giá của người đọc:'
        f'{stars}&nbsp;/&nbsp;{votes}</span><br /><span class="content_vote">Kém<input type="radio" '
        'alt="vote 1 star" name="user_rating" value="1" /><input type="radio" alt="vote 2 star" '
        'name="user_rating" value="2" /><input type="radio" alt="vote 3 star" name="user_rating" value="3" />'
        '<input type="radio" alt="vote 4 star" name="user_rating" value="4" /><input type="radio" '
        'alt="vote 5 star" name="user_rating" value="5" checked="checked" />Tốt nhất&nbsp;'
        '<input class="button" type="submit" name="submit_vote" value="Bình chọn" />'
        '<input type="hidden" name="task" value="vote" /><input type="hidden" name="pop" value="0" />'
        '<input type="hidden" name="option" value="com_content" />'
        f'<input type="hidden" name="cid" value="{s.id}" /></span></form>'
    )


def _pagenav(s: Story, out: _Out) -> str:
    peers = in_cat(int(s.cat))
    i = peers.index(s)
    prev = (
        f'<th class="pagenav_prev"><a href="{out.abs(view_path(peers[i - 1]))}">&lt; Trước</a></th>'
        if i > 0
        else ""
    )
    nxt = (
        f'<th class="pagenav_next"><a href="{out.abs(view_path(peers[i + 1]))}">Tiếp &gt;</a></th>'
        if i + 1 < len(peers)
        else ""
    )
    return f'<table align="center" style="margin-top: 25px;">\n<tr>{prev}<td width="50">&nbsp;</td>{nxt}</tr>\n</table>'


def _others(s: Story, out: _Out) -> str:
    others = [o for o in in_cat(int(s.cat)) if o is not s][:5]
    lis = "".join(
        f'<li><a href="{out.abs(view_path(o))}">{esc(o.title)}</a> '
        f'<span class="othernews_date">({_short(_created(o))})</span></li>'
        for o in others
    )
    return f'<div class="othernews"><div class="othernews_title">Các tin khác:</div><ul>{lis}</ul></div>'


def _pathway(trail: list[tuple[str | None, str]], out: _Out) -> str:
    arrow = f' <img src="{out.abs(f"/templates/{TEMPLATE}/images/arrow.png")}" border="0" alt="arrow" /> '
    bits = [f'<a href="{out.abs("/index.php")}" class="pathway">Trang chủ</a>']
    for href, label in trail:
        bits.append(
            f'<a href="{out.abs(href)}" class="pathway">{esc(label)}</a>' if href else esc(label)
        )
    return '<span class="pathway">' + arrow.join(bits) + "</span>"


# --- modules ---


def _module(title: str, inner: str, suffix: str = "") -> str:
    return (
        f'<table cellpadding="0" cellspacing="0" class="moduletable{suffix}">\n'
        f'<tr>\n<th valign="top">{title}</th>\n</tr>\n<tr>\n<td>\n{inner}\n</td>\n</tr>\n</table>'
    )


_MENU = [
    ("/index.php", "Trang chủ"),
    (view_path(2, 26), "Giới thiệu"),
    (view_path(3, 33), "Cơ cấu tổ chức"),
    (blogsection_path(1), "Tin tức"),
    (blogcat_path(1), "Tin hoạt động"),
    (blogcat_path(2), "Tin từ các trường"),
    (TABLE_PATH, "Thông báo"),
    (DOCMAN, "Văn bản"),
    (GALLERY, "Thư viện ảnh"),
    (CONTACT, "Liên hệ"),
    (SITEMAP, "Sơ đồ website"),
    (SEARCH, "Tìm kiếm"),
]


def _main_menu(out: _Out, active: str | None) -> str:
    rows = []
    for href, label in _MENU:
        sub = label in ("Tin hoạt động", "Tin từ các trường")
        cls = "sublevel" if sub else "mainlevel"
        ident = ' id="active_menu"' if href == active else ""
        pad = "&nbsp;&nbsp;-&nbsp;" if sub else ""
        rows.append(
            f'<tr align="left"><td>{pad}<a href="{out.abs(href)}" class="{cls}"{ident}>{esc(label)}</a></td></tr>'
        )
    return _module(
        "Menu chính",
        '<table width="100%" border="0" cellpadding="0" cellspacing="0">\n'
        + "\n".join(rows)
        + "\n</table>",
        "_menu",
    )


def _latest_box() -> str:
    lis = "".join(
        f'<li class="latestnews"><a href="{esc(native_path(s))}" class="latestnews">{esc(s.title)}</a></li>'
        for s in LATEST_MODULE
    )
    return _module("Tin mới nhất", f'<ul class="latestnews">{lis}</ul>')


def _mostread_box() -> str:
    lis = "".join(
        f'<li class="mostread"><a href="{esc(native_path(s))}" class="mostread">{esc(s.title)}</a></li>'
        for s in MOSTREAD_MODULE
    )
    return _module("Tin xem nhiều", f'<ul class="mostread">{lis}</ul>')


def _docs_box(out: _Out) -> str:
    lis = "".join(
        f'<li><a href="{out.abs(doc_path(d.gid))}">{esc(d.title)}</a> <span class="small">({d.date})</span></li>'
        for d in DOCS[:3]
    )
    return _module("Văn bản mới", f'<ul class="dm_latest">{lis}</ul>')


def _calendar_box(year: int, month: int, out: _Out) -> str:
    prev = (year, month - 1) if month > 1 else (year - 1, 12)
    nxt = (year, month + 1) if month < 12 else (year + 1, 1)
    weeks = calendar.Calendar().monthdayscalendar(year, month)
    days = {
        _created(s).day for s in STORIES if (_created(s).year, _created(s).month) == (year, month)
    }
    body = "".join(
        "<tr>"
        + "".join(
            "<td>&nbsp;</td>"
            if d == 0
            else (f'<td class="cal_hasnews"><b>{d}</b></td>' if d in days else f"<td>{d}</td>")
            for d in week
        )
        + "</tr>"
        for week in weeks
    )
    prev_link = (
        f'<a href="{out.abs(archive_path(*prev))}" title="Tháng trước">&laquo;</a>'
        if prev[0] >= 1000
        else ""
    )
    next_link = (
        f'<a href="{out.abs(archive_path(*nxt))}" title="Tháng sau">&raquo;</a>'
        if nxt[0] <= 9999
        else ""
    )
    head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    inner = (
        '<table class="archive_calendar" width="100%" cellspacing="1" cellpadding="0">'
        f'<tr><td class="cal_nav">{prev_link}</td><td colspan="5" class="cal_month" align="center">'
        f'Tháng {month} - {year}</td><td class="cal_nav">{next_link}</td></tr>'
        f"<tr>{head}</tr>{body}</table>"
    )
    return _module("Lịch bài viết", inner, "_cal")


def _poll_box() -> str:
    options = [
        (81, "Rất hữu ích"),
        (82, "Hữu ích"),
        (83, "Bình thường"),
        (84, "Chưa đáp ứng nhu cầu"),
    ]
    radios = "".join(
        f'<tr><td class="sectiontableentry1" valign="top"><input type="radio" name="voteid" id="voteid{i}" '
        f'value="{i}" alt="{i}" /><label for="voteid{i}">{esc(label)}</label></td></tr>'
        for i, label in options
    )
    inner = (
        '<form action="index.php" method="post" name="form2">'
        '<table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll">'
        '<thead><tr><td style="font-weight: bold;">Bạn thấy website của Phòng GD&amp;ĐT thế nào?</td></tr></thead>'
        f'<tr><td align="center"><table class="pollstableborder" cellspacing="0" cellpadding="0" border="0">{radios}</table></td></tr>'
        '<tr><td><div align="center"><input type="submit" name="task_button" class="button" value="Bình chọn" />'
        f'&nbsp;<input type="button" name="option" class="button" value="Kết quả" '
        f"onclick=\"document.location.href='{esc(POLL)}';\" /></div></td></tr></table>"
        '<input type="hidden" name="option" value="com_poll" /><input type="hidden" name="task" value="vote" />'
        '<input type="hidden" name="id" value="14" /></form>'
        f'<div align="center"><a href="{esc(POLL)}">Xem kết quả</a></div>'
    )
    return _module("Thăm dò ý kiến", inner)


def _links_box() -> str:
    sites = [
        ("http://www.moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
        ("http://haiduong.edu.vn", "Sở GD&ĐT Hải Dương"),
        ("http://www.camgiang.haiduong.gov.vn", "UBND huyện Cẩm Giàng"),
        ("http://truongtructuyen.vn", "Trường học trực tuyến"),
        ("http://127.0.0.2/thcsnguyentrai/", "Trường THCS Nguyễn Trãi"),
    ]
    opts = "".join(f'<option value="{esc(u)}">{esc(n)}</option>' for u, n in sites)
    inner = (
        '<select name="weblinks" style="width: 160px;" onchange="if(this.value!=\'\') window.open(this.value);">'
        f'<option value="">-- Liên kết website --</option>{opts}</select>'
    )
    return _module("Liên kết website", inner)


def _counter_box() -> str:
    rows = [
        ("Hôm nay", "214"),
        ("Hôm qua", "367"),
        ("Tuần này", "1.942"),
        ("Tháng này", "8.105"),
        ("Tất cả", "1.245.318"),
    ]
    trs = "".join(
        f'<tr><td class="vc_label">{k}</td><td align="right">{v}</td></tr>' for k, v in rows
    )
    inner = (
        f'<div id="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 90%;">{trs}</table>'
        "<hr /><div>Đang trực tuyến: 7</div><div>IP của bạn: 127.0.0.1</div></div>"
    )
    return _module("Thống kê truy cập", inner)


def _login_box(out: _Out) -> str:
    inner = (
        f'<form action="{out.abs("/index.php")}" method="post" name="login">'
        '<label for="mod_login_username">Tên đăng nhập</label><br />'
        '<input name="username" id="mod_login_username" type="text" class="inputbox" alt="username" size="10" /><br />'
        '<label for="mod_login_password">Mật khẩu</label><br />'
        '<input type="password" id="mod_login_password" name="passwd" class="inputbox" size="10" alt="password" /><br />'
        '<input type="checkbox" name="remember" id="mod_login_remember" class="inputbox" value="yes" alt="Remember Me" />'
        '<label for="mod_login_remember">Ghi nhớ</label><br />'
        '<input type="submit" name="Submit" class="button" value="Đăng nhập" /><br />'
        f'<a href="{out.abs(LOST_PASSWORD)}">Quên mật khẩu?</a><br />'
        f'Chưa có tài khoản? <a href="{out.abs(REGISTER)}">Đăng ký</a>'
        '<input type="hidden" name="option" value="login" /><input type="hidden" name="op2" value="login" />'
        '<input type="hidden" name="lang" value="vietnamese" /><input type="hidden" name="return" value="/" />'
        '<input type="hidden" name="j3f2a81c0d9e4b7a5c6d8e1f0a2b3c4d5" value="1" /></form>'
    )
    return _module("Đăng nhập", inner)


def _whosonline() -> str:
    return _module("Ai đang trực tuyến", "Hiện có&nbsp;7 khách&nbsp;trực tuyến")


def _search_box(out: _Out) -> str:
    return (
        f'<form action="{out.abs("/index.php")}" method="post"><div class="search">'
        '<input name="searchword" id="mod_search_searchword" maxlength="20" alt="search" class="inputbox" '
        'type="text" size="20" value="Tìm kiếm..." onblur="if(this.value==\'\') this.value=\'Tìm kiếm...\';" '
        "onfocus=\"if(this.value=='Tìm kiếm...') this.value='';\" /></div>"
        '<input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="5" /></form>'
    )


def _marquee(out: _Out) -> str:
    lis = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join(
        f'<a href="{out.abs(view_path(s))}" class="marquee_link">{esc(s.title)}</a>'
        for s in in_cat(3)[:3]
    )
    return (
        '<table width="100%" class="thongbao_chay"><tr><td width="90" class="tb_label"><b>Thông báo:</b></td>'
        f'<td><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{lis}</marquee></td></tr></table>'
    )


def _page(
    out: _Out,
    title: str,
    main: str,
    *,
    pathway: str = "",
    active: str | None = None,
    cal: tuple[int, int] = THIS_MONTH,
    marquee: bool = False,
) -> bytes:
    top = " | ".join(
        f'<a href="{out.abs(h)}" class="mainlevel-nav">{esc(n)}</a>'
        for h, n in (
            ("/index.php", "Trang chủ"),
            (view_path(2, 26), "Giới thiệu"),
            (CONTACT, "Liên hệ"),
            (SITEMAP, "Sơ đồ website"),
        )
    )
    left = "\n".join([_main_menu(out, active), _docs_box(out), _whosonline()])
    right = "\n".join(
        [
            _calendar_box(*cal, out),
            _latest_box(),
            _mostread_box(),
            _poll_box(),
            _links_box(),
            _counter_box(),
            _login_box(out),
        ]
    )
    page = f"""<?xml version="1.0" encoding="windows-1258"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn">
<head>
{CHARSET_META}
<title>{esc(title)}</title>
<meta name="description" content="Website Phòng Giáo dục và Đào tạo huyện Cẩm Giàng - tỉnh Hải Dương" />
<meta name="keywords" content="Phòng giáo dục Cẩm Giàng, pgd cam giang, giao duc cam giang" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<meta name="robots" content="index, follow" />
<link rel="shortcut icon" href="{out.abs("/images/favicon.ico")}" />
<link href="{out.abs(RSS)}" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<script type="text/javascript" src="{out.abs("/includes/js/joomla.javascript.js")}"></script>
<link href="{out.abs(f"/templates/{TEMPLATE}/css/template_css.css")}" rel="stylesheet" type="text/css" />
</head>
<body bgcolor="#E8EEF4" topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="khung">
<tr><td colspan="3" class="topbar">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="ngaythang" align="left">&nbsp;{TODAY}</td>
<td align="right" class="topmenu">{top}&nbsp;</td>
</tr></table></td></tr>
<tr><td colspan="3" class="banner"><img src="{out.abs(f"/templates/{TEMPLATE}/images/banner_pgd.jpg")}" width="980" height="150" alt="{esc(SITE)}" border="0" /></td></tr>
<tr><td colspan="3" class="thanh_duongdan"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td align="left">&nbsp;{pathway}</td><td align="right" width="220">{_search_box(out)}</td></tr></table></td></tr>
<tr>
<td width="200" valign="top" class="cot_trai">
{left}
</td>
<td valign="top" class="cot_giua">
{_marquee(out) if marquee else ""}
{main}
</td>
<td width="210" valign="top" class="cot_phai">
{right}
</td>
</tr>
<tr><td colspan="3" class="chantrang" align="center">
<div class="footer_ten"><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẨM GIÀNG</b></div>
<div>Địa chỉ: Thị trấn Lai Cách, huyện Cẩm Giàng, tỉnh Hải Dương</div>
<div>Điện thoại: 0220.3786.125 - Fax: 0220.3786.321 - Email: pgdcamgiang@haiduong.edu.vn</div>
<div>Chịu trách nhiệm chính: Trưởng phòng Giáo dục và Đào tạo</div>
<div class="small">Bản quyền &copy; 2008 - 2025 {esc(SITE)}. Thiết kế website: Trung tâm CNTT Hải Dương</div>
<div class="small"><a href="http://www.joomla.org">Joomla!</a> là phần mềm tự do được phát hành theo giấy phép GNU/GPL.</div>
</td></tr>
</table>
</body>
</html>
"""
    return out.encode(page)


def _legacy_html(body: bytes, status: int = 200) -> Response:
    """Joomla through Apache: the charset is only in the meta tag."""
    return html(
        body,
        status=status,
        charset=None,
        headers={
            "X-Powered-By": "PHP/5.2.17",
            "P3P": 'CP="NOI ADM DEV PSAi COM NAV OUR OTRo STP IND DEM"',
            "Expires": "Mon, 1 Jan 2001 00:00:00 GMT",
            "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
            "Pragma": "no-cache",
        },
    )


# --- pages ---


def _article(s: Story, itemid: int, base: str) -> Response:
    out = _Out(base)
    c = _cat(s)
    if itemid == 1:
        trail: list[tuple[str | None, str]] = [(None, s.title)]
    elif itemid == SECTIONS[1].itemid:
        trail = [(blogsection_path(1), SECTIONS[1].name), (None, s.title)]
    else:
        trail = [(_menu_of(c), c.name), (None, s.title)]
    active = {1: "/index.php", SECTIONS[1].itemid: blogsection_path(1)}.get(itemid, _menu_of(c))
    main = (
        _item_table(s, itemid, out, full=True)
        + "\n"
        + _rating(s)
        + "\n"
        + _pagenav(s, out)
        + "\n"
        + _others(s, out)
    )
    return _legacy_html(
        _page(out, f"{s.title} - {SITE}", main, pathway=_pathway(trail, out), active=active)
    )


def _menu_of(c: Cat) -> str:
    return TABLE_PATH if c.id == 3 else blogcat_path(c.id)


def _print_view(s: Story, base: str) -> Response:
    out = _Out(base)
    date = _date_line(_created(s)) if s.opts.get("show_date", True) else ""
    page = f"""<?xml version="1.0" encoding="windows-1258"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{CHARSET_META}
<title>{esc(SITE)} - {esc(s.title)}</title>
<link rel="stylesheet" href="{out.abs(f"/templates/{TEMPLATE}/css/template_css.css")}" type="text/css" />
<meta name="robots" content="noindex, nofollow" />
</head>
<body class="contentpane">
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(s.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="#" onclick="javascript:window.print(); return false;" title="In"><img src="{out.abs("/images/M_images/printButton.png")}" alt="In" border="0" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top" colspan="2" class="createdate">{date}</td></tr>
<tr><td valign="top" colspan="2">{_body(s, out)}</td></tr></table>
<div align="center" style="margin-top: 30px; margin-bottom: 30px;"><a href="javascript:void(0);" onclick="window.close();">Đóng cửa sổ</a></div>
</body>
</html>
"""
    return Response(200, out.encode(page), {"Content-Type": "text/html; charset=iso-8859-1"})


def _email_form(s: Story, base: str) -> Response:
    out = _Out(base)
    page = f"""<?xml version="1.0" encoding="windows-1258"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{CHARSET_META}
<title>{esc(SITE)} - Gửi bài viết cho bạn bè</title>
<meta name="robots" content="noindex, nofollow" />
</head>
<body class="contentpane">
<form action="{out.abs("/index2.php")}" name="frontendForm" method="post">
<table cellspacing="0" cellpadding="0" border="0">
<tr><td colspan="2">Gửi bài viết cho bạn bè: <b>{esc(s.title)}</b></td></tr>
<tr><td width="130">Email người nhận:</td><td><input type="text" name="email" class="inputbox" size="25" /></td></tr>
<tr><td height="27">Tên của bạn:</td><td><input type="text" name="yourname" class="inputbox" size="25" /></td></tr>
<tr><td>Email của bạn:</td><td><input type="text" name="youremail" class="inputbox" size="25" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="subject" class="inputbox" maxlength="100" size="40" /></td></tr>
<tr><td colspan="2"><input type="submit" name="submit" class="button" value="Gửi" />&nbsp;&nbsp;<input type="button" name="cancel" value="Hủy" class="button" onclick="window.close();" /></td></tr>
</table>
<input type="hidden" name="id" value="{s.id}" /><input type="hidden" name="option" value="com_content" />
<input type="hidden" name="task" value="emailsend" />
</form>
</body>
</html>
"""
    return _legacy_html(out.encode(page))


def _pagination(count: int, per: int, start: int, link) -> str:
    pages = _pages(count, per)
    cur = start // per
    bits = []
    if cur > 0:
        bits.append(f'<a href="{link(0)}" class="pagenav" title="Đầu">&lt;&lt; Đầu</a>')
        bits.append(
            f'<a href="{link((cur - 1) * per)}" class="pagenav" title="Trước">&lt; Trước</a>'
        )
    else:
        bits += [
            '<span class="pagenav">&lt;&lt; Đầu</span>',
            '<span class="pagenav">&lt; Trước</span>',
        ]
    for n in range(pages):
        bits.append(
            f'<span class="pagenav">{n + 1}</span>'
            if n == cur
            else f'<a href="{link(n * per)}" class="pagenav"><strong>{n + 1}</strong></a>'
        )
    if cur + 1 < pages:
        bits.append(f'<a href="{link((cur + 1) * per)}" class="pagenav" title="Tiếp">Tiếp &gt;</a>')
        bits.append(
            f'<a href="{link((pages - 1) * per)}" class="pagenav" title="Cuối">Cuối &gt;&gt;</a>'
        )
    else:
        bits += [
            '<span class="pagenav">Tiếp &gt;</span>',
            '<span class="pagenav">Cuối &gt;&gt;</span>',
        ]
    last = min(start + per, count)
    return (
        f'<tr><td valign="top" align="center">{" ".join(bits)}<br /><br /></td></tr>\n'
        f'<tr><td valign="top" align="center">Kết quả {start + 1} - {last} của {count}</td></tr>'
    )


def _blog(
    out: _Out,
    stories: list[Story],
    start: int,
    per: int,
    itemid: int,
    link_page,
    heading: str,
    description: str = "",
) -> str:
    chunk = stories[start : start + per]
    if not chunk:
        return f'<div class="componentheading">{esc(heading)}</div><p>Không có bài viết nào.</p>'

    def item(s: Story) -> str:
        return _item_table(s, itemid, out, full=False, link=out.abs(view_path(s, itemid)))

    lead, rest = chunk[0], chunk[1:]
    cells = "".join(f'<td valign="top" width="50%">{item(s)}</td>' for s in rest[:2])
    cells2 = "".join(f'<td valign="top" width="50%">{item(s)}</td>' for s in rest[2:])
    more = stories[start + per : start + per + 4]
    more_html = (
        '<tr><td valign="top"><div class="blog_more"><strong>Tiếp theo...</strong><ul>'
        + "".join(
            f'<li><a class="blogsection" href="{out.abs(view_path(s, itemid))}">{esc(s.title)}</a></li>'
            for s in more
        )
        + "</ul></div></td></tr>"
        if more
        else ""
    )
    desc = (
        f'<tr><td valign="top" class="contentdescription">{description}</td></tr>'
        if description
        else ""
    )
    return (
        f'<div class="componentheading">{esc(heading)}</div>\n'
        '<table class="blog" cellpadding="0" cellspacing="0">\n'
        f"{desc}"
        f'<tr><td valign="top"><div>{item(lead)}</div></td></tr>\n'
        f'<tr><td valign="top"><table width="100%" cellpadding="0" cellspacing="0"><tr>{cells}</tr><tr>{cells2}</tr></table></td></tr>\n'
        f"{more_html}\n"
        + _pagination(len(stories), per, start, lambda n: out.abs(link_page(n)))
        + "\n</table>"
    )


def _front(base: str, start: int) -> Response:
    out = _Out(base)
    main = _blog(out, FRONT, start, FRONT_LIMIT, 1, front_path, "Tin nổi bật")
    return _legacy_html(
        _page(
            out,
            f"{SITE} - Trang chủ",
            main,
            pathway=_pathway([], out),
            active="/index.php",
            marquee=True,
        )
    )


def _blogcat(cid: int, base: str, start: int) -> Response:
    out = _Out(base)
    c = CATS[cid]
    main = _blog(
        out, in_cat(cid), start, BLOG_LIMIT, c.itemid, lambda n: blogcat_path(cid, n), c.name
    )
    return _legacy_html(
        _page(
            out,
            f"{c.name} - {SITE}",
            main,
            pathway=_pathway([(None, c.name)], out),
            active=blogcat_path(cid),
        )
    )


def _blogsection(base: str, start: int) -> Response:
    out = _Out(base)
    sec = SECTIONS[1]
    main = _blog(
        out,
        in_section(1),
        start,
        BLOG_LIMIT,
        sec.itemid,
        lambda n: blogsection_path(1, n),
        sec.name,
        "Tin hoạt động của ngành Giáo dục huyện và tin từ các trường mầm non, tiểu học, THCS.",
    )
    return _legacy_html(
        _page(
            out,
            f"{sec.name} - {SITE}",
            main,
            pathway=_pathway([(None, sec.name)], out),
            active=blogsection_path(1),
        )
    )


def _table_view(base: str) -> Response:
    """The 1.0 category list of "Thông báo": date, title, author, hits."""
    out = _Out(base)
    rows = "".join(
        f'<tr class="sectiontableentry{1 + i % 2}"><td align="center">{i + 1}</td>'
        f"<td>{_short(_created(s))}</td>"
        f'<td><a href="{out.abs(view_path(s))}">{esc(s.title)}</a></td>'
        f'<td>{esc(s.opts["by"])}</td><td align="center">{s.opts["hits"]}</td></tr>'
        for i, s in enumerate(in_cat(3))
    )
    main = (
        '<div class="componentheading">Thông báo</div>\n'
        f'<form action="{out.abs(TABLE_PATH)}" method="post" name="adminForm">'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
        '<tr><td align="right" colspan="4">Hiển thị # <select name="limit" class="inputbox" size="1" '
        'onchange="document.adminForm.submit();"><option value="5">5</option><option value="10" selected="selected">10</option>'
        '<option value="15">15</option><option value="20">20</option><option value="0">Tất cả</option></select></td></tr>'
        '<tr><td class="sectiontableheader" width="5%" align="center">#</td>'
        '<td class="sectiontableheader" width="15%">Ngày</td>'
        '<td class="sectiontableheader" width="55%">Tiêu đề</td>'
        '<td class="sectiontableheader" width="15%">Tác giả</td>'
        '<td class="sectiontableheader" width="10%" align="center">Lượt xem</td></tr>'
        f"{rows}"
        f'<tr><td align="center" colspan="5" class="sectiontablefooter">Kết quả 1 - {len(in_cat(3))} của {len(in_cat(3))}</td></tr>'
        "</table></form>"
    )
    return _legacy_html(
        _page(
            out,
            f"Thông báo - {SITE}",
            main,
            pathway=_pathway([(None, "Thông báo")], out),
            active=TABLE_PATH,
        )
    )


_STATIC_TEXT = {
    2: (
        "<p><strong>Phòng Giáo dục và Đào tạo huyện Cẩm Giàng</strong> là cơ quan chuyên môn thuộc Ủy ban nhân dân"
        " huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và"
        " đào tạo trên địa bàn huyện.</p>\n<p>Toàn huyện có 19 trường mầm non, 20 trường tiểu học, 19 trường trung"
        " học cơ sở với gần 2.000 cán bộ, giáo viên, nhân viên. Phòng Giáo dục và Đào tạo có trụ sở tại thị trấn"
        " Lai Cách, huyện Cẩm Giàng, tỉnh Hải Dương.</p>"
    ),
    3: (
        '<table border="1" cellspacing="0" cellpadding="4" width="95%"><tbody>'
        "<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
        "<tr><td>Nguyễn Văn Thanh</td><td>Trưởng phòng</td><td>0220.3786.125</td></tr>"
        "<tr><td>Lê Thị Minh Nguyệt</td><td>Phó Trưởng phòng</td><td>0220.3786.126</td></tr>"
        "<tr><td>Đặng Quốc Việt</td><td>Phó Trưởng phòng</td><td>0220.3786.127</td></tr>"
        "<tr><td>Bộ phận Văn phòng</td><td>Kế toán, văn thư, thủ quỹ</td><td>0220.3786.321</td></tr>"
        "</tbody></table>"
    ),
}


def _static(pid: int, base: str) -> Response:
    out = _Out(base)
    title, itemid = STATIC_PAGES[pid]
    main = (
        f'<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(title)}</td>'
        f'<td align="right" width="100%" class="buttonheading"><a href="{out.abs(pdf_path(pid))}" target="_blank" title="PDF">'
        f'<img src="{out.abs("/images/M_images/pdf_button.png")}" alt="PDF" border="0" /></a></td></tr></table>\n'
        f'<table class="contentpaneopen"><tr><td valign="top" colspan="2">{_STATIC_TEXT[pid]}</td></tr>'
        '<tr><td colspan="2" align="left" class="modifydate">Lần cập nhật cuối ( Thứ tư, 17 Tháng 3 2010 15:20 )</td></tr></table>'
    )
    return _legacy_html(
        _page(
            out,
            f"{title} - {SITE}",
            main,
            pathway=_pathway([(None, title)], out),
            active=view_path(pid, itemid),
        )
    )


def _not_authorised(base: str) -> Response:
    """What Joomla 1.0's mosNotAuth() prints for an id it cannot show: a 200 inside the template."""
    out = _Out(base)
    main = '<div class="componentheading">Thông báo</div>\n<p>Bạn không được phép xem tài nguyên này.<br />Bạn cần phải đăng nhập.</p>'
    return _legacy_html(_page(out, SITE, main, pathway=_pathway([], out)))


def _archive(year: int, month: int, base: str) -> Response:
    out = _Out(base)
    hits = [s for s in _LATEST if (_created(s).year, _created(s).month) == (year, month)]
    if hits:
        lis = "".join(
            f'<li><a href="{out.abs(view_path(s))}">{esc(s.title)}</a> <span class="small">({_short(_created(s))})</span></li>'
            for s in hits
        )
        body = f"<ul>{lis}</ul>"
    else:
        body = "<p>Không có bài viết nào được lưu trữ trong tháng này.</p>"
    main = f'<div class="componentheading">Lưu trữ - Tháng {month}, {year}</div>\n{body}'
    return _legacy_html(
        _page(
            out,
            f"Lưu trữ - {SITE}",
            main,
            pathway=_pathway([(None, "Lưu trữ")], out),
            cal=(year, month),
        )
    )


def _docman(base: str, gid: int | None, doc: Doc | None) -> Response:
    out = _Out(base)
    crumbs = f'<div class="dm_pathway"><a href="{out.abs(DOCMAN)}">Văn bản</a>'
    if doc is not None:
        main = (
            f'<div class="componentheading">Văn bản</div>{crumbs} &raquo; <a href="{out.abs(doccat_path(doc.cat))}">'
            f"{DOC_CATS[doc.cat]}</a></div>"
            '<div id="dm_details"><table class="dm_details_table" width="100%">'
            f'<tr><td class="dm_label">Tên văn bản:</td><td>{esc(doc.title)}</td></tr>'
            f'<tr><td class="dm_label">Tên tệp:</td><td>{esc(doc.file)}</td></tr>'
            f'<tr><td class="dm_label">Kích thước:</td><td>{doc.size}</td></tr>'
            '<tr><td class="dm_label">Loại tệp:</td><td>application/pdf</td></tr>'
            f'<tr><td class="dm_label">Ngày tạo:</td><td>{doc.date}</td></tr>'
            '<tr><td class="dm_label">Người tạo:</td><td>Administrator</td></tr>'
            f'<tr><td class="dm_label">Lượt tải:</td><td>{40 + doc.gid * 3}</td></tr></table></div>'
            f'<div class="dm_taskbar"><ul><li><a href="{out.abs(doc_path(doc.gid, "doc_download"))}">Tải về</a></li>'
            f'<li><a href="{out.abs(doccat_path(doc.cat))}">Quay lại</a></li></ul></div>'
        )
        title = doc.title
    elif gid is not None:
        docs = [d for d in DOCS if d.cat == gid]
        lis = "".join(
            f'<div class="dm_row"><a href="{out.abs(doc_path(d.gid))}" class="dm_name">{esc(d.title)}</a>'
            f'<div class="dm_date">Ngày: {d.date}</div><div class="dm_taskbar"><a href="{out.abs(doc_path(d.gid, "doc_download"))}">Tải về</a>'
            f' | <a href="{out.abs(doc_path(d.gid))}">Chi tiết</a></div></div>'
            for d in docs
        )
        main = f'<div class="componentheading">Văn bản</div>{crumbs} &raquo; {DOC_CATS[gid]}</div><div id="dm_docs">{lis}</div>'
        title = DOC_CATS[gid]
    else:
        lis = "".join(
            f'<div class="dm_row"><a href="{out.abs(doccat_path(g))}" class="dm_name">{n}</a> '
            f'<span class="small">(Số văn bản: {sum(1 for d in DOCS if d.cat == g)})</span></div>'
            for g, n in DOC_CATS.items()
        )
        main = f'<div class="componentheading">Văn bản</div>{crumbs}</div><div id="dm_cats">{lis}</div>'
        title = "Văn bản"
    return _legacy_html(
        _page(
            out,
            f"{title} - {SITE}",
            main,
            pathway=_pathway([(DOCMAN, "Văn bản")], out),
            active=DOCMAN,
        )
    )


def _gallery(base: str, album: int | None) -> Response:
    out = _Out(base)
    if album is None:
        cells = "".join(
            f'<td align="center"><a href="{out.abs(f"{GALLERY}&catid={a}")}"><img src="{out.abs(f"/images/rsgallery/thumb/album{a}.jpg")}" '
            f'alt="" border="0" /><br />{esc(n)}</a><br /><span class="small">8 ảnh</span></td>'
            for a, n in ALBUMS.items()
        )
        main = f'<div class="componentheading">Thư viện ảnh</div><table class="rsg_galleries" width="100%"><tr>{cells}</tr></table>'
    else:
        cells = "".join(
            f'<td align="center"><img src="{out.abs(f"/images/rsgallery/thumb/a{album}_{i}.jpg")}" alt="" border="0" /></td>'
            for i in range(1, 9)
        )
        main = (
            f'<div class="componentheading">Thư viện ảnh</div><h3>{esc(ALBUMS[album])}</h3>'
            f'<table class="rsg_thumbs" width="100%"><tr>{cells}</tr></table>'
            f'<a href="{out.abs(GALLERY)}">Quay lại thư viện</a>'
        )
    return _legacy_html(
        _page(
            out,
            f"Thư viện ảnh - {SITE}",
            main,
            pathway=_pathway([(None, "Thư viện ảnh")], out),
            active=GALLERY,
        )
    )


def _simple(base: str, title: str, main: str, active: str | None = None) -> Response:
    out = _Out(base)
    return _legacy_html(
        _page(out, f"{title} - {SITE}", main, pathway=_pathway([(None, title)], out), active=active)
    )


def _contact(base: str) -> Response:
    main = (
        '<div class="componentheading">Liên hệ</div>'
        '<table width="100%" class="contentpane"><tr><td><b>Phòng Giáo dục và Đào tạo huyện Cẩm Giàng</b><br />'
        "Thị trấn Lai Cách, huyện Cẩm Giàng, tỉnh Hải Dương<br />Điện thoại: 0220.3786.125<br />Fax: 0220.3786.321</td></tr></table>"
        '<form action="index.php" method="post" name="emailForm" target="_top" class="form-validate">'
        '<label for="contact_name">Họ tên:</label><br /><input type="text" name="name" id="contact_name" size="30" class="inputbox" /><br />'
        '<label for="contact_email">Email:</label><br /><input type="text" id="contact_email" name="email" size="30" class="inputbox" /><br />'
        '<label for="contact_subject">Tiêu đề:</label><br /><input type="text" name="subject" id="contact_subject" size="30" class="inputbox" /><br />'
        '<label for="contact_text">Nội dung:</label><br /><textarea cols="50" rows="10" name="text" id="contact_text" class="inputbox"></textarea><br />'
        '<input type="checkbox" name="email_copy" id="contact_email_copy" value="1" /><label for="contact_email_copy">Gửi một bản sao đến email của bạn</label><br />'
        '<button class="button" type="submit">Gửi</button>'
        '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="sendmail" />'
        '<input type="hidden" name="con_id" value="1" /></form>'
    )
    return _simple(base, "Liên hệ", main, CONTACT)


def _search(base: str, word: str) -> Response:
    results = ""
    if word:
        hits = [s for s in _LATEST if word.lower() in s.title.lower()]
        results = (
            "".join(
                f'<div class="search_result"><span class="small">{i + 1}. </span><a href="{esc(base + view_path(s))}">'
                f'{esc(s.title)}</a><div class="small">({_cat(s).name})</div></div>'
                for i, s in enumerate(hits)
            )
            or "<p>Không tìm thấy kết quả nào.</p>"
        )
    main = (
        '<div class="componentheading">Tìm kiếm</div>'
        '<form action="index.php" method="get" name="searchForm">'
        f'<label for="search_searchword">Từ khóa:</label> <input type="text" name="searchword" id="search_searchword" size="30" maxlength="20" value="{esc(word)}" class="inputbox" />'
        '<input type="submit" name="submit" value="Tìm kiếm" class="button" /><br />'
        '<input type="radio" name="searchphrase" id="searchphraseany" value="any" checked="checked" /><label for="searchphraseany">Bất kỳ từ nào</label>'
        '<input type="radio" name="searchphrase" id="searchphraseall" value="all" /><label for="searchphraseall">Tất cả các từ</label>'
        '<input type="radio" name="searchphrase" id="searchphraseexact" value="exact" /><label for="searchphraseexact">Cụm từ chính xác</label>'
        '<input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="5" /></form>'
        f"{results}"
    )
    return _simple(base, "Tìm kiếm", main, SEARCH)


def _sitemap(base: str) -> Response:
    out = _Out(base)

    def items(stories: list[Story], itemid: int) -> str:
        return (
            "<ul>"
            + "".join(
                f'<li><a href="{out.abs(view_path(s, itemid))}">{esc(s.title)}</a></li>'
                for s in stories
            )
            + "</ul>"
        )

    tree = (
        f'<ul class="joomap"><li><a href="{out.abs("/index.php")}">Trang chủ</a></li>'
        f'<li><a href="{out.abs(view_path(2, 26))}">Giới thiệu</a></li>'
        f'<li><a href="{out.abs(view_path(3, 33))}">Cơ cấu tổ chức</a></li>'
        f'<li><a href="{out.abs(blogsection_path(1))}">Tin tức</a>{items(in_section(1), SECTIONS[1].itemid)}</li>'
        f'<li><a href="{out.abs(TABLE_PATH)}">Thông báo</a>{items(in_cat(3), 29)}</li>'
        f'<li><a href="{out.abs(DOCMAN)}">Văn bản</a></li><li><a href="{out.abs(GALLERY)}">Thư viện ảnh</a></li>'
        f'<li><a href="{out.abs(CONTACT)}">Liên hệ</a></li></ul>'
    )
    main = f'<div class="componentheading">Sơ đồ website</div>{tree}'
    return _legacy_html(
        _page(
            out,
            f"Sơ đồ website - {SITE}",
            main,
            pathway=_pathway([(None, "Sơ đồ website")], out),
            active=SITEMAP,
        )
    )


def _poll(base: str) -> Response:
    rows = [
        ("Rất hữu ích", 412),
        ("Hữu ích", 287),
        ("Bình thường", 96),
        ("Chưa đáp ứng nhu cầu", 31),
    ]
    total = sum(n for _, n in rows)
    trs = "".join(
        f'<tr class="sectiontableentry{1 + i % 2}"><td>{esc(k)}</td><td align="right">{n}</td>'
        f'<td align="right">{100 * n / total:.1f}%</td></tr>'
        for i, (k, n) in enumerate(rows)
    )
    main = (
        '<div class="componentheading">Thăm dò ý kiến - Kết quả</div>'
        '<table class="pollstableborder"><tr><td class="sectiontableheader" colspan="3">Bạn thấy website của Phòng GD&amp;ĐT thế nào?</td></tr>'
        f"{trs}</table><p>Số người tham gia: {total}<br />Lần bình chọn đầu: 12/10/2010 08:14<br />Lần bình chọn cuối: 19/06/2025 21:47</p>"
    )
    return _simple(base, "Thăm dò ý kiến", main)


def _registration(base: str, task: str) -> Response:
    if task == "lostPassword":
        main = (
            '<div class="componentheading">Quên mật khẩu</div><form action="index.php" method="post">'
            "<p>Vui lòng nhập tên đăng nhập và địa chỉ email của bạn, mật khẩu mới sẽ được gửi tới email.</p>"
            'Tên đăng nhập: <input type="text" name="checkusername" class="inputbox" /><br />'
            'Email: <input type="text" name="confirmEmail" class="inputbox" /><br />'
            '<input type="submit" class="button" value="Gửi mật khẩu" /></form>'
        )
        return _simple(base, "Quên mật khẩu", main)
    main = (
        '<div class="componentheading">Đăng ký</div><form action="index.php" method="post" name="mosForm">'
        'Họ tên: <input type="text" name="name" class="inputbox" /><br />Tên đăng nhập: <input type="text" name="username" class="inputbox" /><br />'
        'Email: <input type="text" name="email" class="inputbox" /><br />Mật khẩu: <input type="password" name="password" class="inputbox" /><br />'
        '<input type="submit" value="Đăng ký" class="button" /></form>'
    )
    return _simple(base, "Đăng ký", main)


def _rss(base: str) -> Response:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{esc(base + view_path(s))}</link>"
        f"<description>{esc(next(b.text for b in s.blocks if isinstance(b, P)) if s.opts.get('enc') != 'tcvn3' else '')}</description>"
        f"<category>{esc(_cat(s).name)}</category>"
        f"<pubDate>{_created(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>\n"
        for s in FRONT
    )
    feed = f"""<?xml version="1.0" encoding="windows-1258"?>
<!-- generator="Joomla! 1.5" -->
<rss version="2.0">
<channel>
<title>{esc(SITE)}</title>
<description>Tin tức Phòng Giáo dục và Đào tạo huyện Cẩm Giàng</description>
<link>{base}/</link>
<lastBuildDate>{_created(FRONT[0]):%a, %d %b %Y %H:%M:%S} +0700</lastBuildDate>
<generator>Joomla! 1.5</generator>
<language>vi-vn</language>
{items}</channel>
</rss>
"""
    return Response(200, _cp1258(feed), {"Content-Type": "application/xml"})


# ------------------------------------------------------------------------- routing


def _int(value: str | None, default: int = 0) -> int:
    return int(value) if value and value.isdigit() else default


def _item_id(raw: str) -> int | None:
    m = re.match(r"(\d+)(?::[\w-]*)?$", raw or "")
    return int(m.group(1)) if m else None


class JoomlaLegacyPGD:
    """The site: Joomla's two entry points (index.php, index2.php) dispatching on ``option``."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        base = base_url(request)
        if path.startswith(("/images/", "/templates/", "/includes/")):
            return static_file(path)
        if path == "/robots.txt":
            body = "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /components/\n"
            body += "Disallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /libraries/\n"
            body += "Disallow: /media/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\nDisallow: /xmlrpc/\n"
            return Response(200, body, {"Content-Type": "text/plain"})
        p = request.params
        if path == "/index2.php":
            return self._index2(p, base)
        if path not in ("/", "/index.php"):
            return None
        option = p.get("option", "")
        start = _int(p.get("limitstart"))
        if option in ("", "com_frontpage"):
            return _front(base, start)
        if option == "com_content":
            return self._content(p, base, start)
        if option == "com_docman":
            task = p.get("task", "")
            gid = _int(p.get("gid"), -1)
            if task == "":
                return _docman(base, None, None)
            if task == "cat_view" and gid in DOC_CATS:
                return _docman(base, gid, None)
            if task == "doc_details" and gid in _DOC_BY_GID:
                return _docman(base, None, _DOC_BY_GID[gid])
            if task == "doc_download" and gid in _DOC_BY_GID:
                name = _DOC_BY_GID[gid].file
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{name}"',
                    },
                )
            return None
        if option == "com_rsgallery2":
            album = _int(p.get("catid"), -1)
            if "catid" not in p:
                return _gallery(base, None)
            return _gallery(base, album) if album in ALBUMS else None
        if option == "com_contact":
            return _contact(base)
        if option == "com_search":
            return _search(base, p.get("searchword", ""))
        if option == "com_joomap":
            return _sitemap(base)
        if option == "com_poll" and p.get("task") == "results":
            return _poll(base)
        if option == "com_registration" and p.get("task") in ("lostPassword", "register"):
            return _registration(base, p["task"])
        if option == "com_rss":
            return _rss(base)
        return None

    @staticmethod
    def _content(p: dict[str, str], base: str, start: int) -> Response | None:
        task = p.get("task", "")
        itemid = _int(p.get("Itemid"), 0)
        if p.get("view") == "article":
            sid = _item_id(p.get("id", ""))
            if sid in _BY_ID:
                return _article(_BY_ID[sid], _cat(_BY_ID[sid]).itemid, base)
            return _not_authorised(base) if sid is not None else None
        if task == "view":
            sid = _int(p.get("id"), -1)
            if sid in STATIC_PAGES:
                return _static(sid, base)
            if sid in _BY_ID:
                s = _BY_ID[sid]
                known = {_cat(s).itemid, 1, SECTIONS[1].itemid}
                return _article(s, itemid if itemid in known else _cat(s).itemid, base)
            return _not_authorised(base) if sid >= 0 else None
        if task == "blogcategory":
            cid = _int(p.get("id"), -1)
            return _blogcat(cid, base, start) if cid in (1, 2) else None
        if task == "blogsection":
            return _blogsection(base, start) if p.get("id") == "1" else None
        if task == "category":
            return _table_view(base) if p.get("id") == "3" else None
        if task == "archivesection":
            year, month = _int(p.get("year"), -1), _int(p.get("month"), -1)
            if 1000 <= year <= 9999 and 1 <= month <= 12:
                return _archive(year, month, base)
            return None
        return None

    @staticmethod
    def _index2(p: dict[str, str], base: str) -> Response | None:
        if p.get("option") != "com_content":
            return None
        sid = _int(p.get("id"), -1)
        if p.get("do_pdf") == "1":
            if sid in _BY_ID or sid in STATIC_PAGES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if sid not in _BY_ID:
            return None
        if p.get("task") == "view" and p.get("pop") == "1":
            return _print_view(_BY_ID[sid], base)
        if p.get("task") == "emailform":
            return _email_form(_BY_ID[sid], base)
        return None


def build_site() -> JoomlaLegacyPGD:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return JoomlaLegacyPGD()
