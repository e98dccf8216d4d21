"""Sở GD&ĐT tỉnh Quảng Trị on Jahia 8 (Digital Experience Platform, Java/Tomcat), built by an integrator.

Platform
    Jahia DX 8.1 in live mode behind Tomcat. The integrator's template set ("sgddt-qt-template")
    prints Bootstrap 3 markup with Vietnamese-abbreviated class names (``ctt-`` = chi tiết tin,
    ``ds-`` = danh sách, ``cot-phai`` = right column) and leaves Jahia's node types in data
    attributes (``data-jtype="jnt:news"``, ``jmix:droppableContent`` area comments). Static assets
    come from ``/modules/<module>/…`` (``staticAssetCSS0`` ids, ``contextJsParameters``), files
    from ``/files/live/sites/sgddt/files/…`` (listing thumbnails add ``?t=thumbnail``).

URL scheme
    ``/``                                                   302 to the home page
    ``/sites/sgddt/home.html``                              home (START_PATH)
    ``/sites/sgddt/home/tin-tuc.html``                      news landing (2 newest per section)
    ``/sites/sgddt/home/tin-tuc/<cat>.html[?beginIndex=n]`` section listing, Jahia pager
    ``/sites/sgddt/home/tin-tuc/<cat>/<slug>.html``         article (jnt:news node URL)
    ``/tin-tuc/<slug>``                                     vanity URL the editor typed
    ``/cms/render/live/vi/sites/sgddt/home/…/<slug>.html``  render-servlet URL (pasted from edit mode)
    ``…;jsessionid=<id>``                                   Tomcat URL rewriting (cookie-less client)
    ``/sites/sgddt/home/gioi-thieu/<page>.html``, ``lien-he.html``, ``lich-cong-tac.html``,
    ``van-ban.html`` + ``van-ban/<doc>.html``, ``thu-vien-anh.html`` + album,
    ``video.html`` + clip, ``tim-kiem.html?src_terms[0].term=…`` (Jahia search module).

Templates
    * home: "Tiêu điểm" slider (vanity links), "Tin mới" (5 newest, links built with ``c:url``),
      "Thông báo" box, documents, album and clip boxes, sidebar.
    * section listing (jnt:contentList): thumbnail, title cut at 70 characters with "...", day,
      teaser; pager ``?beginIndex=<n>`` (page 1 printed as ``?beginIndex=0`` on page 2).
    * article, "std" (Hoạt động ngành, Thi - Tuyển sinh, Thông báo): h1, "Ngày đăng: HH:MM |
      dd/mm/yyyy", "Cập nhật: …", "Người đăng: <CMS account>", views, tools, the jnt:news image,
      the desc (sapo) box, the jnt:bigText body, file list, tags, "Các tin khác".
    * article, "en" (Tin từ cơ sở): the same in a meta table whose date the integrator formatted
      with the JVM's default locale: "Posted: Nov 28, 2026, 3:05:00 PM", "Đăng bởi: root".
    * article, "vb" (the recruitment notice): title, views and the bigText holding an official
      letterhead document; no date line at all.
    * every page: header with today's date "Thứ Bảy, 05/12/2026", search form, drop-down menu,
      breadcrumb, sidebar (most read, a bigText "Thông báo" portlet, link select, poll form,
      visitor counter), footer.

How each gold article is reached (from the home page)
    Hoạt động ngành (4 per page): a1-a4 on the listing's page 1; a5 only on ``?beginIndex=4``.
    a1 is also in the slider (vanity), "Tin mới" and "Đọc nhiều" (node URL, 301 to the vanity).
    Thi - Tuyển sinh (2 per page): b1, b2 on page 1; b3 on ``?beginIndex=2`` and in b1/b2's
    "Các tin khác". Tin từ cơ sở: c1-c3 on its single page. Thông báo: d2, d1 on the home box.

Traps
    1. Default vanity URLs: a1 and b2 have a *default* vanity URL, so their node URL answers
       301 to ``/tin-tuc/<slug>`` and every rewritten link prints the vanity. Gold path and
       canonical = the vanity; the node URL is in alt_paths.
    2. Non-default vanity URLs: a3 and c1 also answer 200 at ``/tin-tuc/<slug>`` (slider links)
       while their canonical is the node URL. Gold path = node URL; the vanity is in alt_paths.
    3. Render-servlet duplicates: editors pasted edit-mode links ("Xem thêm: …" in a1 and b1)
       as ``/cms/render/live/vi/sites/sgddt/home/…``; they serve the same article with 200
       (robots.txt disallows /cms/). Every article's render URL is in alt_paths.
    4. ``;jsessionid=`` path parameters: to a client without the JSESSIONID cookie every
       ``c:url`` link (home "Tin mới", "Thông báo", listing items, "Các tin khác") carries
       ``;jsessionid=4E7C2A91F0B3D5E8C6A1B9F2D7E3C5A0``. Same article: in alt_paths.
    5. Pagination by ``?beginIndex=<n>``: a5 is reachable only through page 2 of Hoạt động ngành
       (``?beginIndex=4``); ``?beginIndex=0`` re-serves page 1 (a listing, no record).
    6. Dates: "Ngày đăng: 15:20 | 04/12/2026" prints the time before the day and sits next to a
       later "Cập nhật" -> the publication time; "Ngày đăng: 00:00 | 20/11/2026" is a day
       (a4: "2026-11-20"); the Tin từ cơ sở template prints Java's en_US medium format
       ("Nov 18, 2026, 7:40:00 AM" -> "2026-11-18T07:40:00+07:00"); the notice d1 prints no
       date but its letterhead's "Quảng Trị, ngày 30 tháng 11 năm 2026" -> "2026-11-30".
    7. Bylines at the end of the bigText, right-aligned: "Tin, ảnh: X" -> X in both lists;
       "Tin: X - Ảnh: Y"; "ThS. X - Phòng Giáo dục phổ thông" -> X; "Bài, ảnh: X (Trường …)" -> X
       in both; a unit alone ("Phòng Kế hoạch - Tài chính", "Văn phòng Sở") is the author;
       "Người đăng: bientap.sgddt" / "Đăng bởi: root" in the meta line are CMS accounts -> nobody
       (b1 has no byline: authors []). The notice's signer "Nguyễn Văn Sơn" is its author.
    8. Captions in four markups: CKEditor image2 ``<figure><figcaption>``; a layout table whose
       second row is the caption (not a body table row); a centred italic line after the photo,
       parentheses taken off; "Ảnh: Lê Phước" under a3's photo is only a credit -> caption None,
       photographer "Lê Phước". a1's jnt:news image, printed above the sapo outside the bigText,
       is the article's first photo (caption None); listings show it with ``?t=thumbnail``.
    9. Sapo in three forms: a1/b1 print the jnt:news desc in its own box (summary, first body
       paragraph); a2/b2 open with a bold paragraph (summary); the others have a meta
       description only (summary null).
   10. Encodings: a2's bigText was saved by CKEditor with ``entities: true`` (``&agrave;``,
       ``&#7879;``); a5's title, text and captions were typed in decomposed Unicode (Unikey
       "Unicode tổ hợp"). Gold is NFC.
   11. Boundaries of the text: Word list paragraphs with ``mso-list:Ignore`` bullets (a3: the
       "·" is no text; the typed "- " items are); a data table in b1 (rows are paragraphs, cells
       joined by " | ") next to layout tables for photos; b2's footnote call "[1]" and its
       "Chú thích" note are text; "Xem thêm: <link>" lines, the jnt:fileList attachment box,
       "Từ khóa", "Các tin khác" and the sidebar's bigText "Thông báo" portlet are not; "Theo
       Báo Quảng Trị" closing a4 is its source, a body sentence "Theo kế hoạch, …" is text.

Gold decisions on ambiguous points
    * Path: where the node URL redirects to a default vanity, the vanity is the article's path;
      the redirecting node URL is still listed in alt_paths (a client that reports the URL it
      asked for, not the one it landed on, names the same article).
    * A caption line that only credits ("Ảnh: Lê Phước") gives the photographer, not a caption.
    * "Bài, ảnh: X" is read like "Tin, ảnh: X" (author and photographer).
    * The en_US date of the Tin từ cơ sở template is local time (the JVM runs in
      Asia/Ho_Chi_Minh), so "3:05:00 PM" is 15:05+07:00.
    * Emoji typed in c1's and c2's text are kept as printed.
    * The notice's letterhead, kind/subject lines, "Nơi nhận" list and signature block are not
      body; its "Căn cứ …" lines and numbered headings are.
    * The "Chú thích" heading of b2's note is body text (the note belongs to the text).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from datetime import datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "jahia_sgddt"
PLATFORM = "Jahia 8 (DX, Java) — integrator template for a Sở GD&ĐT"
START_PATH = "/sites/sgddt/home.html"

HOME = START_PATH
ROOT = "/sites/sgddt/home"
SID = "4E7C2A91F0B3D5E8C6A1B9F2D7E3C5A0"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Quảng Trị"
F = "/files/live/sites/sgddt/files"
MOD = "/modules/sgddt-qt-template/1.4.2"

#: section slug -> (label as the menu and breadcrumb print it, page size of its listing)
CATS: dict[str, tuple[str, int]] = {
    "hoat-dong-nganh": ("Hoạt động ngành", 4),
    "thi-tuyen-sinh": ("Thi - Tuyển sinh", 2),
    "co-so-giao-duc": ("Tin từ cơ sở", 6),
    "thong-bao": ("Thông báo", 6),
}


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    # ---- Hoạt động ngành --------------------------------------------------------------
    Story(
        id=1,
        slug="hoi-nghi-tong-ket-5-nam-thuc-hien-chuong-trinh-gdpt-2018",
        title="Hội nghị tổng kết 5 năm thực hiện Chương trình giáo dục phổ thông 2018 trên địa bàn tỉnh",
        cat="hoat-dong-nganh",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết 5 năm thực hiện Chương trình "
            "giáo dục phổ thông 2018 trên địa bàn tỉnh, giai đoạn 2021-2026. Dự hội nghị có đồng chí "
            "Trần Phong, Phó Chủ tịch UBND tỉnh."
        ),
        sapo_outside=True,
        authors=["Hoàng Minh Thư"],
        photographers=["Hoàng Minh Thư"],
        blocks=[
            Img(f"{F}/tin-tuc/2026/12/tong-ket-ctgdpt-01.jpg", None, None, style="lead"),
            P(
                "Theo báo cáo của Sở GD&ĐT, sau 5 năm triển khai, 100% cơ sở giáo dục phổ thông trên địa bàn "
                "tỉnh đã thực hiện đúng lộ trình đổi mới chương trình, sách giáo khoa đối với tất cả các khối "
                "lớp. Toàn tỉnh hiện có 612 trường phổ thông với hơn 318.000 học sinh; tỷ lệ phòng học kiên cố "
                "đạt 89,4%, tăng 11,2% so với năm 2021."
            ),
            P(
                "Công tác bồi dưỡng đội ngũ được chú trọng với hơn 21.000 lượt cán bộ quản lý, giáo viên tham "
                "gia bồi dưỡng thực hiện chương trình mới. Việc lựa chọn sách giáo khoa được thực hiện công "
                "khai, dân chủ, đúng quy định của Bộ GD&ĐT."
            ),
            Img(
                f"{F}/tin-tuc/2026/12/tong-ket-ctgdpt-02.jpg",
                "Đồng chí Trần Phong, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Trần Phong, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
                style="figure",
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn, hạn chế: tình trạng thừa, "
                "thiếu giáo viên cục bộ vẫn còn, nhất là giáo viên Tin học, Ngoại ngữ, Âm nhạc, Mỹ thuật; một "
                "số trường vùng sâu, vùng xa chưa đủ thiết bị dạy học tối thiểu theo quy định."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Trần Phong ghi nhận những nỗ lực của toàn ngành và đề nghị Sở "
                "GD&ĐT tiếp tục tham mưu UBND tỉnh bố trí nguồn lực đầu tư cơ sở vật chất, tuyển dụng đủ giáo "
                "viên theo định mức; đồng thời đẩy mạnh chuyển đổi số trong quản lý và dạy học."
            ),
            Img(
                f"{F}/tin-tuc/2026/12/tong-ket-ctgdpt-03.jpg",
                "Lãnh đạo Sở GD&ĐT trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo Sở GD&ĐT trao Giấy khen cho các tập thể có thành tích xuất sắc",
                style="figure",
            ),
            P(
                "Dịp này, Giám đốc Sở GD&ĐT tặng Giấy khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc "
                "trong 5 năm thực hiện Chương trình giáo dục phổ thông 2018."
            ),
            _right("<strong>Tin, ảnh: Hoàng Minh Thư</strong>"),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/cms/render/live/vi/sites/sgddt/home/tin-tuc/'
                'hoat-dong-nganh/tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc.html">Tập huấn ứng dụng trí '
                "tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên THCS</a></p>"
            ),
        ],
        opts={
            "dt": "2026-12-04 15:20",
            "upd": "2026-12-05 07:45",
            "vanity": "/tin-tuc/tong-ket-5-nam-ctgdpt-2018",
            "vdef": True,
            "tags": ["Chương trình GDPT 2018", "tổng kết"],
        },
    ),
    Story(
        id=2,
        slug="kiem-tra-cong-tac-khac-phuc-hau-qua-mua-lu-tai-cac-truong-hoc",
        title="Kiểm tra công tác khắc phục hậu quả mưa lũ tại các trường học phía Nam tỉnh",
        cat="hoat-dong-nganh",
        published_at="2026-12-02T09:05:00+07:00",
        summary=(
            "Từ ngày 30/11 đến 01/12, đoàn công tác do đồng chí Lê Thị Hồng Nhung, Phó Giám đốc Sở GD&ĐT "
            "làm trưởng đoàn đã đi kiểm tra công tác khắc phục hậu quả mưa lũ tại 14 trường học thuộc các "
            "xã Hải Lăng, Triệu Phong, Vĩnh Linh và Gio Linh."
        ),
        authors=["Phòng Kế hoạch - Tài chính"],
        blocks=[
            P(
                "Từ ngày 30/11 đến 01/12, đoàn công tác do đồng chí Lê Thị Hồng Nhung, Phó Giám đốc Sở GD&ĐT "
                "làm trưởng đoàn đã đi kiểm tra công tác khắc phục hậu quả mưa lũ tại 14 trường học thuộc các "
                "xã Hải Lăng, Triệu Phong, Vĩnh Linh và Gio Linh.",
                style="b",
            ),
            P(
                "Đợt mưa lũ cuối tháng 11 đã làm 37 trường học bị ngập, hư hỏng tường rào, thiết bị dạy học "
                "và hàng nghìn đầu sách trong thư viện. Ước tính tổng thiệt hại về cơ sở vật chất của ngành "
                "khoảng 18,6 tỷ đồng."
            ),
            Img(
                f"{F}/tin-tuc/2026/12/IMG_20261130_101522.jpg",
                "Đoàn công tác kiểm tra thiết bị dạy học bị hư hỏng tại Trường Tiểu học Hải Thượng",
                "Đoàn công tác kiểm tra thiết bị dạy học bị hư hỏng tại Trường Tiểu học Hải Thượng",
                style="table",
            ),
            P(
                "Ngay sau khi nước rút, các nhà trường đã huy động giáo viên, phụ huynh và lực lượng vũ trang "
                "địa phương dọn dẹp bùn đất, vệ sinh trường lớp, phun thuốc khử trùng. Đến nay, 100% trường "
                "học bị ảnh hưởng đã cho học sinh đi học trở lại."
            ),
            P(
                "Tại các buổi làm việc, đồng chí Phó Giám đốc Sở đề nghị các nhà trường rà soát, thống kê đầy "
                "đủ thiệt hại, ưu tiên bổ sung sách giáo khoa, vở viết cho học sinh bị mất đồ dùng học tập; "
                "không để học sinh nào phải nghỉ học vì thiếu sách vở."
            ),
            Img(
                f"{F}/tin-tuc/2026/12/IMG_20261201_083047.jpg",
                "Cán bộ, giáo viên Trường THCS Triệu Phong vệ sinh phòng học sau lũ",
                "Cán bộ, giáo viên Trường THCS Triệu Phong vệ sinh phòng học sau lũ",
                style="table",
            ),
            P(
                "Sở GD&ĐT cũng đã tiếp nhận 3.200 bộ sách giáo khoa và 15.000 quyển vở do các nhà hảo tâm ủng "
                "hộ để kịp thời phân bổ cho các trường."
            ),
            _right("<strong>Ph&ograve;ng Kế hoạch - T&agrave;i ch&iacute;nh</strong>"),
        ],
        opts={"dt": "2026-12-02 09:05", "upd": "2026-12-03 10:12", "enc": "ent", "tags": ["mưa lũ", "cơ sở vật chất"]},
    ),
    Story(
        id=3,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên THCS",
        cat="hoat-dong-nganh",
        published_at="2026-11-27T16:45:00+07:00",
        authors=["Trần Thị Quỳnh Anh"],
        photographers=["Lê Phước"],
        blocks=[
            P(
                "Trong hai ngày 26 và 27/11, Sở GD&ĐT tổ chức lớp tập huấn “Ứng dụng trí tuệ nhân tạo (AI) "
                "trong đổi mới phương pháp dạy học và kiểm tra, đánh giá” cho hơn 180 cán bộ quản lý, giáo "
                "viên cốt cán cấp THCS trên toàn tỉnh."
            ),
            P(
                "Lớp tập huấn do giảng viên Trường Đại học Sư phạm - Đại học Huế trực tiếp hướng dẫn. Nội dung "
                "tập trung vào các chủ đề:"
            ),
            P(
                "Tổng quan về trí tuệ nhân tạo tạo sinh và những nguyên tắc sử dụng AI an toàn, có trách nhiệm "
                "trong nhà trường;",
                style="li",
            ),
            P("Sử dụng các công cụ AI hỗ trợ xây dựng kế hoạch bài dạy, thiết kế học liệu số;", style="li"),
            P(
                "Ứng dụng AI trong xây dựng ngân hàng câu hỏi và phân tích kết quả kiểm tra, đánh giá học sinh.",
                style="li",
            ),
            Img(f"{F}/tin-tuc/2026/11/tap-huan-ai-thcs.jpg", "Ảnh: Lê Phước", None, style="next"),
            P(
                "Theo đánh giá của Ban tổ chức, học viên tham gia tích cực, thực hành trực tiếp trên máy tính "
                "và xây dựng được sản phẩm minh họa ngay tại lớp. Một số yêu cầu đặt ra đối với giáo viên sau "
                "tập huấn:"
            ),
            P("- Triển khai thí điểm ít nhất 02 kế hoạch bài dạy có ứng dụng AI trong học kỳ I;", style="dash"),
            P("- Chia sẻ sản phẩm lên kho học liệu số dùng chung của ngành trước ngày 31/12/2026.", style="dash"),
            _right("<em><strong>ThS. Trần Thị Quỳnh Anh - Phòng Giáo dục phổ thông</strong></em>"),
        ],
        opts={
            "dt": "2026-11-27 16:45",
            "vanity": "/tin-tuc/tap-huan-ai-thcs",
            "tags": ["trí tuệ nhân tạo", "chuyển đổi số", "bồi dưỡng giáo viên"],
        },
    ),
    Story(
        id=4,
        slug="nganh-giao-duc-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-2026",
        title=(
            "Ngành Giáo dục hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực "
            "trên cơ sở giới năm 2026"
        ),
        cat="hoat-dong-nganh",
        published_at="2026-11-20",
        source="Báo Quảng Trị",
        blocks=[
            P(
                "Thực hiện Kế hoạch của UBND tỉnh, Sở GD&ĐT đã ban hành văn bản hướng dẫn các cơ sở giáo dục tổ "
                "chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo "
                "lực trên cơ sở giới năm 2026, từ ngày 15/11 đến 15/12."
            ),
            P(
                "Chủ đề của Tháng hành động năm nay là “Chung tay xóa bỏ định kiến giới, xây dựng môi trường "
                "học đường an toàn, bình đẳng”."
            ),
            P(
                "Theo kế hoạch, các nhà trường lồng ghép nội dung bình đẳng giới vào các tiết sinh hoạt dưới "
                "cờ, sinh hoạt lớp và hoạt động trải nghiệm; tổ chức diễn đàn, tọa đàm để học sinh được bày tỏ "
                "ý kiến về các vấn đề giới trong trường học."
            ),
            P(
                "Nhiều trường đã tổ chức sân khấu hóa, vẽ tranh cổ động, thi hùng biện với chủ đề phòng chống "
                "xâm hại, bạo lực học đường. Trường THPT Đông Hà tổ chức chương trình “Tiếng nói tuổi học trò” "
                "thu hút hơn 1.200 học sinh tham gia."
            ),
            Img(
                f"{F}/tin-tuc/2026/11/binh-dang-gioi-thpt-dong-ha.jpg",
                "(Học sinh Trường THPT Đông Hà tham gia chương trình “Tiếng nói tuổi học trò”)",
                "Học sinh Trường THPT Đông Hà tham gia chương trình “Tiếng nói tuổi học trò”",
                style="next",
            ),
            P(
                "Ngành Giáo dục đặt mục tiêu đến năm 2030, 100% cơ sở giáo dục đưa nội dung bình đẳng giới vào "
                "chương trình giảng dạy và hoạt động giáo dục ngoài giờ lên lớp."
            ),
            P(
                "Các đơn vị báo cáo kết quả về Sở (qua Phòng Chính trị, tư tưởng) trước ngày 20/12/2026.",
                style="br",
            ),
            _right("<em>Theo Báo Quảng Trị</em>"),
        ],
        opts={"dt": "2026-11-20 00:00", "tags": ["bình đẳng giới"]},
    ),
    Story(
        id=5,
        slug="giao-ban-chuyen-mon-giao-duc-mam-non-hoc-ky-i",
        title="Giao ban chuyên môn giáo dục mầm non học kỳ I năm học 2026-2027",
        cat="hoat-dong-nganh",
        published_at="2026-11-10T10:30:00+07:00",
        authors=["Nguyễn Hữu Phước"],
        photographers=["Trần Bảo Ngọc"],
        blocks=[
            P(
                "Sáng 10/11, tại Trường Mầm non Sơn Ca (phường Đông Hà), Sở GD&ĐT tổ chức giao ban chuyên môn "
                "giáo dục mầm non học kỳ I năm học 2026-2027 với sự tham gia của hơn 150 cán bộ quản lý các "
                "trường mầm non trong tỉnh."
            ),
            P(
                "Các đại biểu đã dự hoạt động chuyên đề “Xây dựng môi trường giáo dục lấy trẻ làm trung tâm” và "
                "hoạt động ngoài trời của trẻ 5 tuổi tại trường."
            ),
            Img(
                f"{F}/tin-tuc/2026/11/giao-ban-mn-01.jpg",
                "(Các đại biểu dự hoạt động chuyên đề tại lớp Mẫu giáo 5 tuổi A1)",
                "Các đại biểu dự hoạt động chuyên đề tại lớp Mẫu giáo 5 tuổi A1",
                style="next",
            ),
            P(
                "Báo cáo tại buổi giao ban cho thấy, tỷ lệ huy động trẻ đến trường đạt 32,5% đối với nhà trẻ và "
                "98,7% đối với mẫu giáo; 100% trẻ mẫu giáo được học 2 buổi/ngày và ăn bán trú tại trường."
            ),
            Img(
                f"{F}/tin-tuc/2026/11/giao-ban-mn-02.jpg",
                "(Trẻ Trường Mầm non Sơn Ca trong giờ hoạt động ngoài trời)",
                "Trẻ Trường Mầm non Sơn Ca trong giờ hoạt động ngoài trời",
                style="next",
            ),
            P(
                "Kết luận buổi giao ban, lãnh đạo Phòng Giáo dục mầm non đề nghị các trường tăng cường kiểm tra "
                "công tác bảo đảm an toàn thực phẩm trong bếp ăn bán trú, chủ động phòng chống dịch bệnh mùa "
                "đông xuân cho trẻ."
            ),
            _right("<strong>Tin: Nguyễn Hữu Phước - Ảnh: Trần Bảo Ngọc</strong>"),
        ],
        opts={"dt": "2026-11-10 10:30", "enc": "nfd", "tags": ["mầm non"]},
    ),
    # ---- Thi - Tuyển sinh -------------------------------------------------------------
    Story(
        id=6,
        slug="ke-hoach-to-chuc-ky-thi-chon-hsg-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        cat="thi-tuyen-sinh",
        published_at="2026-12-03T08:00:00+07:00",
        summary=(
            "Sở GD&ĐT vừa ban hành kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
            "2026-2027. Kỳ thi diễn ra trong hai ngày 17 và 18/12/2026 với 11 môn thi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng dự thi là học sinh lớp 12 đang học tại các trường THPT, trường phổ thông có nhiều cấp "
                "học, trung tâm GDNN-GDTX trên địa bàn tỉnh; có kết quả học tập và rèn luyện năm học 2025-2026 "
                "đạt mức Tốt."
            ),
            P("Lịch thi cụ thể như sau:"),
            P("Môn thi | Ngày thi | Thời gian làm bài", style="tr"),
            P("Ngữ văn, Lịch sử, Địa lí, Tiếng Anh | 17/12/2026 | 180 phút", style="tr"),
            P("Toán, Vật lí, Hóa học, Sinh học | 18/12/2026 | 180 phút", style="tr"),
            P("Tin học, Giáo dục kinh tế và pháp luật, Công nghệ | 18/12/2026 | 150 phút", style="tr"),
            P(
                "Các đơn vị đăng ký dự thi qua phần mềm quản lý thi trước ngày 10/12/2026. Đề thi theo hướng "
                "đánh giá năng lực, bám sát Chương trình giáo dục phổ thông 2018 và định hướng đề thi chọn học "
                "sinh giỏi quốc gia."
            ),
            P(
                "Kết quả kỳ thi là căn cứ để tuyển chọn học sinh vào đội tuyển dự thi chọn học sinh giỏi quốc gia "
                "năm 2027."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/cms/render/live/vi/sites/sgddt/home/tin-tuc/thi-tuyen-sinh/'
                'cong-bo-ket-qua-ky-thi-chon-doi-tuyen-hsg-quoc-gia-2027.html">Công bố kết quả Kỳ thi chọn đội '
                "tuyển học sinh giỏi quốc gia năm 2027</a></em></p>"
            ),
        ],
        opts={
            "dt": "2026-12-03 08:00",
            "upd": "2026-12-03 14:22",
            "files": [("KH-2517-SGDDT-thi-HSG-lop-12.pdf", f"{F}/van-ban/2026/KH-2517-SGDDT.pdf")],
            "tags": ["học sinh giỏi", "kỳ thi"],
        },
    ),
    Story(
        id=7,
        slug="cong-bo-ket-qua-ky-thi-chon-doi-tuyen-hsg-quoc-gia-2027",
        title="Công bố kết quả Kỳ thi chọn đội tuyển học sinh giỏi quốc gia năm 2027",
        cat="thi-tuyen-sinh",
        published_at="2026-11-25T14:10:00+07:00",
        summary=(
            "Sở GD&ĐT vừa công bố kết quả Kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi quốc gia năm 2027. "
            "Có 84 học sinh được chọn vào 10 đội tuyển của tỉnh."
        ),
        authors=["Minh Châu"],
        blocks=[
            P(
                "Sở GD&ĐT vừa công bố kết quả Kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi quốc gia năm 2027. "
                "Có 84 học sinh được chọn vào 10 đội tuyển của tỉnh.",
                style="b",
            ),
            P(
                "Kỳ thi được tổ chức trong hai ngày 18 và 19/11/2026 tại Trường THPT chuyên Võ Nguyên Giáp với "
                "236 thí sinh tham dự. Đề thi do Hội đồng ra đề của Sở xây dựng, đảm bảo cấu trúc, mức độ tương "
                "đương đề thi quốc gia theo quy định tại Quy chế thi chọn học sinh giỏi cấp quốc gia.[1]",
                style="ftn",
            ),
            P(
                "Trường THPT chuyên Võ Nguyên Giáp có 71 học sinh được chọn vào đội tuyển, chiếm 84,5%; các "
                "trường THPT Đông Hà, THPT Đồng Hới, THPT Lê Lợi có 13 học sinh. Đội tuyển đông nhất là môn Toán "
                "và Tin học với 10 học sinh mỗi đội."
            ),
            Img(
                f"{F}/tin-tuc/2026/11/doi-tuyen-toan-on-luyen.jpg",
                "Học sinh đội tuyển Toán ôn luyện tại Trường THPT chuyên Võ Nguyên Giáp",
                "Học sinh đội tuyển Toán ôn luyện tại Trường THPT chuyên Võ Nguyên Giáp",
                style="figure",
            ),
            P(
                "Các đội tuyển sẽ tập trung ôn luyện từ ngày 01/12/2026 đến trước ngày thi. Kỳ thi chọn học sinh "
                "giỏi quốc gia năm 2027 dự kiến diễn ra vào đầu tháng 01/2027."
            ),
            _right("<strong>Minh Châu</strong>"),
            P("Chú thích", style="h"),
            P(
                "[1] Ban hành kèm theo Thông tư số 17/2023/TT-BGDĐT ngày 10/10/2023 của Bộ trưởng Bộ Giáo dục và "
                "Đào tạo.",
                style="note",
            ),
        ],
        opts={
            "dt": "2026-11-25 14:10",
            "vanity": "/tin-tuc/ket-qua-chon-doi-tuyen-hsg-quoc-gia-2027",
            "vdef": True,
            "tags": ["học sinh giỏi quốc gia"],
        },
    ),
    Story(
        id=8,
        slug="du-kien-phuong-an-tuyen-sinh-lop-10-thpt-nam-hoc-2027-2028",
        title="Dự kiến phương án tuyển sinh lớp 10 THPT năm học 2027-2028",
        cat="thi-tuyen-sinh",
        published_at="2026-11-12T09:30:00+07:00",
        source="Cổng Thông tin điện tử tỉnh Quảng Trị",
        blocks=[
            P(
                "Sở GD&ĐT vừa có văn bản lấy ý kiến các cơ sở giáo dục, phụ huynh và học sinh về dự thảo phương "
                "án tuyển sinh lớp 10 THPT năm học 2027-2028."
            ),
            P(
                "Theo dự thảo, tuyển sinh vào lớp 10 các trường THPT công lập tiếp tục thực hiện theo phương thức "
                "thi tuyển với 3 môn: Ngữ văn, Toán và Ngoại ngữ. Điểm xét tuyển là tổng điểm ba bài thi và điểm "
                "ưu tiên, khuyến khích (nếu có)."
            ),
            P(
                "Đối với Trường THPT chuyên Võ Nguyên Giáp, thí sinh thi thêm môn chuyên; thời gian làm bài môn "
                "chuyên là 150 phút. Trường PT Dân tộc nội trú tỉnh tiếp tục thực hiện xét tuyển kết hợp thi "
                "tuyển."
            ),
            P(
                "Ý kiến góp ý gửi về Sở GD&ĐT (qua Phòng Quản lý chất lượng) trước ngày 30/11/2026 để tổng hợp, "
                "hoàn thiện phương án trình UBND tỉnh phê duyệt."
            ),
            _right("<em>Nguồn: Cổng Thông tin điện tử tỉnh Quảng Trị</em>"),
        ],
        opts={"dt": "2026-11-12 09:30", "word": True, "tags": ["tuyển sinh lớp 10"]},
    ),
    # ---- Tin từ cơ sở -------------------------------------------------------------------
    Story(
        id=9,
        slug="truong-thpt-chuyen-vo-nguyen-giap-to-chuc-ngay-hoi-stem-2026",
        title="Trường THPT chuyên Võ Nguyên Giáp tổ chức Ngày hội STEM năm 2026",
        cat="co-so-giao-duc",
        published_at="2026-11-28T15:05:00+07:00",
        authors=["Phan Thị Hà Giang"],
        photographers=["Phan Thị Hà Giang"],
        blocks=[
            P(
                "Ngày 28/11, Trường THPT chuyên Võ Nguyên Giáp tổ chức Ngày hội STEM năm 2026 với chủ đề “Sáng "
                "tạo vì cộng đồng”. Đây là hoạt động thường niên nhằm khơi dậy niềm đam mê nghiên cứu khoa học, "
                "kỹ thuật trong học sinh."
            ),
            P(
                "Ngày hội có 42 gian trưng bày sản phẩm STEM của các lớp, câu lạc bộ với nhiều sản phẩm có tính "
                "ứng dụng cao như: hệ thống cảnh báo ngập lụt sớm, máy lọc nước mini dùng năng lượng mặt trời, "
                "robot phân loại rác thải…"
            ),
            Img(
                f"{F}/tin-tuc/2026/11/stem-vng-01.jpg",
                "Học sinh giới thiệu mô hình hệ thống cảnh báo ngập lụt sớm với đại biểu",
                "Học sinh giới thiệu mô hình hệ thống cảnh báo ngập lụt sớm với đại biểu",
                style="figure",
            ),
            P(
                "Bên cạnh đó, học sinh được tham gia các trò chơi khoa học, cuộc thi lắp ráp robot và chương "
                "trình “Rung chuông vàng” với các câu hỏi về khoa học, công nghệ 🔬🤖."
            ),
            Img(
                f"{F}/tin-tuc/2026/11/stem-vng-02.jpg",
                "Cuộc thi lắp ráp robot thu hút đông đảo học sinh tham gia",
                "Cuộc thi lắp ráp robot thu hút đông đảo học sinh tham gia",
                style="figure",
            ),
            P(
                "Dịp này, Ban tổ chức đã trao 06 giải Nhất, 08 giải Nhì và 12 giải Ba cho các sản phẩm xuất sắc. "
                "Một số sản phẩm sẽ được nhà trường lựa chọn, hoàn thiện để tham gia Cuộc thi khoa học, kỹ thuật "
                "cấp tỉnh."
            ),
            _right("<strong>Bài, ảnh: Phan Thị Hà Giang</strong> <em>(Trường THPT chuyên Võ Nguyên Giáp)</em>"),
        ],
        opts={"dt": "2026-11-28 15:05", "vanity": "/tin-tuc/ngay-hoi-stem-2026", "tags": ["STEM"]},
    ),
    Story(
        id=10,
        slug="truong-mam-non-hoa-sen-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-2",
        title="Trường Mầm non Hoa Sen đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="co-so-giao-duc",
        published_at="2026-11-18T07:40:00+07:00",
        authors=["Nguyễn Thị Lan Hương"],
        blocks=[
            P(
                "Sáng 18/11, Trường Mầm non Hoa Sen (xã Lệ Thủy) long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam và đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2. 🌸"
            ),
            Img(f"{F}/tin-tuc/2026/11/mn-hoa-sen-01.jpg", None, None, style="bare"),
            P(
                "Được thành lập năm 1998, từ một ngôi trường với cơ sở vật chất thiếu thốn, đến nay nhà trường "
                "đã có 12 nhóm, lớp với 356 trẻ, 100% phòng học được xây dựng kiên cố, có đầy đủ đồ dùng, đồ "
                "chơi theo quy định."
            ),
            P(
                "Đội ngũ 34 cán bộ, giáo viên, nhân viên của trường đều đạt chuẩn và trên chuẩn về trình độ đào "
                "tạo. Nhiều năm liền, nhà trường đạt danh hiệu Tập thể lao động tiên tiến, có 5 giáo viên đạt "
                "danh hiệu giáo viên dạy giỏi cấp tỉnh."
            ),
            Img(
                f"{F}/tin-tuc/2026/11/mn-hoa-sen-02.jpg",
                "Lãnh đạo UBND xã Lệ Thủy trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường",
                "Lãnh đạo UBND xã Lệ Thủy trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường",
                style="next",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo UBND xã ghi nhận những nỗ lực của tập thể nhà trường và "
                "mong muốn nhà trường tiếp tục giữ vững, phát huy các tiêu chuẩn đã đạt được, hướng tới xây "
                "dựng trường học hạnh phúc."
            ),
            _right("<em>Nguyễn Thị Lan Hương</em>"),
        ],
        opts={"dt": "2026-11-18 07:40", "tags": ["mầm non", "trường chuẩn quốc gia"]},
    ),
    Story(
        id=11,
        slug="truong-thcs-nguyen-ham-ninh-trao-hoc-bong-tiep-suc-den-truong",
        title="Trường THCS Nguyễn Hàm Ninh trao học bổng “Tiếp sức đến trường” cho học sinh vùng lũ",
        cat="co-so-giao-duc",
        published_at="2026-10-30T16:00:00+07:00",
        authors=["Lê Văn Hòa"],
        blocks=[
            P(
                "Chiều 30/10, Trường THCS Nguyễn Hàm Ninh (xã Quảng Trạch) phối hợp với Hội Khuyến học xã tổ chức "
                "trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn bị ảnh hưởng bởi "
                "đợt mưa lũ vừa qua."
            ),
            P(
                "Mỗi suất học bổng gồm 1.500.000 đồng tiền mặt, một bộ sách giáo khoa và 20 quyển vở. Tổng giá "
                "trị học bổng hơn 90 triệu đồng, do các cựu học sinh và doanh nghiệp trên địa bàn đóng góp."
            ),
            P(
                "“Những phần quà hôm nay không chỉ là vật chất mà còn là sự động viên để các em vững tin vượt qua "
                "khó khăn, tiếp tục đến trường” - thầy Hoàng Văn Tuấn, Hiệu trưởng nhà trường chia sẻ.",
                style="quote",
            ),
            Img(
                f"{F}/tin-tuc/2026/10/hoc-bong-nhn.jpg",
                "Đại diện nhà trường và Hội Khuyến học xã trao học bổng cho học sinh",
                "Đại diện nhà trường và Hội Khuyến học xã trao học bổng cho học sinh",
                style="figure",
            ),
            P(
                "Trong đợt mưa lũ từ ngày 18 đến 22/10, nhà trường có 127 học sinh bị ảnh hưởng, trong đó 19 em "
                "có nhà bị ngập sâu, hư hỏng nặng. Ngay sau lũ, nhà trường đã phát động phong trào “Lá lành đùm "
                "lá rách” trong cán bộ, giáo viên và học sinh."
            ),
            _right("<strong>Lê Văn Hòa - Giáo viên Trường THCS Nguyễn Hàm Ninh</strong>"),
        ],
        opts={"dt": "2026-10-30 16:00", "tags": ["học bổng", "mưa lũ"]},
    ),
    # ---- Thông báo -------------------------------------------------------------------
    Story(
        id=12,
        slug="thong-bao-tuyen-dung-vien-chuc-nam-2026",
        title="Thông báo tuyển dụng viên chức năm 2026 vào làm việc tại các đơn vị sự nghiệp trực thuộc Sở",
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Nguyễn Văn Sơn"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody>'
                '<tr><td style="text-align:center; width:42%"><span style="font-size:13px">UBND TỈNH QUẢNG TRỊ'
                "</span><br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />-------</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center">Số: 2486/TB-SGDĐT</td>'
                '<td style="text-align:right"><em>Quảng Trị, ngày 30 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tuyển dụng viên chức năm 2026</strong></p>"
            ),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, sử dụng "
                "và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của Chính phủ sửa đổi, bổ sung "
                "một số điều của Nghị định số 115/2020/NĐ-CP;",
                style="i",
            ),
            P(
                "Căn cứ Quyết định số 3127/QĐ-UBND ngày 20/11/2026 của UBND tỉnh về việc phê duyệt Kế hoạch tuyển "
                "dụng viên chức ngành Giáo dục năm 2026;",
                style="i",
            ),
            P("Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức năm 2026 như sau:"),
            P("1. Số lượng cần tuyển", style="h"),
            P(
                "Tổng số chỉ tiêu: 146 người, trong đó: giáo viên THPT 118 chỉ tiêu; giáo viên trường PT Dân tộc "
                "nội trú 21 chỉ tiêu; nhân viên (kế toán, thư viện, thiết bị) 07 chỉ tiêu."
            ),
            P("2. Thời gian, địa điểm nhận Phiếu đăng ký dự tuyển", style="h"),
            P(
                "Thời gian nhận phiếu: từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ hành chính các ngày "
                "làm việc)."
            ),
            P(
                "Địa điểm: Văn phòng Sở Giáo dục và Đào tạo, số 2 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị. "
                "Điện thoại liên hệ: 0232.3822.587."
            ),
            P(
                "Chỉ tiêu cụ thể của từng vị trí việc làm được đăng tải tại mục Văn bản trên Cổng thông tin điện "
                "tử của Sở."
            ),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><p><strong><em>Nơi nhận:</em></strong><br />'
                '<span style="font-size:11px">- UBND tỉnh (để b/c);<br />- Sở Nội vụ;<br />- Các đơn vị trực '
                "thuộc;<br />- Website Sở;<br />- Lưu: VT, TCCB.</span></p></td>"
                '<td style="text-align:center; vertical-align:top"><p><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC'
                "</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Sơn</strong></p></td>"
                "</tr></tbody></table>"
            ),
        ],
        opts={"dt": "2026-11-30 00:00", "tpl": "vb", "tags": ["tuyển dụng"]},
    ),
    Story(
        id=13,
        slug="thay-doi-dia-diem-tiep-nhan-ho-so-thu-tuc-hanh-chinh-linh-vuc-giao-duc",
        title="Thay đổi địa điểm tiếp nhận và trả kết quả thủ tục hành chính lĩnh vực giáo dục từ ngày 15/12/2026",
        cat="thong-bao",
        published_at="2026-12-01T16:30:00+07:00",
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Thực hiện chủ trương của UBND tỉnh về việc tập trung tiếp nhận hồ sơ thủ tục hành chính tại "
                "Trung tâm Phục vụ hành chính công tỉnh, kể từ ngày 15/12/2026, Sở GD&ĐT không tiếp nhận hồ sơ "
                "trực tiếp tại trụ sở cơ quan."
            ),
            P(
                "Tổ chức, cá nhân có nhu cầu giải quyết thủ tục hành chính thuộc thẩm quyền của Sở (cấp bản sao "
                "văn bằng, chứng chỉ; chỉnh sửa nội dung văn bằng; công nhận văn bằng do cơ sở giáo dục nước ngoài "
                "cấp…) nộp hồ sơ theo một trong các hình thức sau:"
            ),
            P(
                "- Nộp trực tiếp tại Quầy số 14, Trung tâm Phục vụ hành chính công tỉnh, số 104 đường Hùng Vương, "
                "phường Đồng Hới;",
                style="dash",
            ),
            P(
                "- Nộp trực tuyến qua Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin giải quyết thủ tục hành "
                "chính tỉnh;",
                style="dash",
            ),
            P("- Nộp qua dịch vụ bưu chính công ích.", style="dash"),
            P("Mọi thắc mắc xin liên hệ Văn phòng Sở, điện thoại: 0232.3822.587 để được hướng dẫn."),
            _right("<strong>Văn phòng Sở</strong>"),
        ],
        opts={
            "dt": "2026-12-01 16:30",
            "files": [("Danh-muc-TTHC-linh-vuc-giao-duc.pdf", f"{F}/van-ban/2026/Danh-muc-TTHC-GD.pdf")],
            "tags": ["thủ tục hành chính"],
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


# --- URLs ---------------------------------------------------------------------------------


def node_path(s: Story) -> str:
    return f"{ROOT}/tin-tuc/{s.cat}/{s.slug}.html"


def render_path(s: Story) -> str:
    return "/cms/render/live/vi" + node_path(s)


def public_path(s: Story) -> str:
    """The URL Jahia's outbound rewriting prints: the default vanity if there is one."""
    return s.opts["vanity"] if s.opts.get("vdef") else node_path(s)


def alt_paths(s: Story) -> list[str]:
    alts = []
    if s.opts.get("vdef"):
        alts.append(node_path(s))
    elif s.opts.get("vanity"):
        alts.append(s.opts["vanity"])
    alts.append(render_path(s))
    alts.append(f"{public_path(s)};jsessionid={SID}")
    return alts


def _has_session(request: Request) -> bool:
    return any(k.lower() == "cookie" and "JSESSIONID=" in v for k, v in request.headers.items())


def c_url(path: str, request: Request) -> str:
    """JSTL ``<c:url>``: Tomcat appends the session id when the client sent no cookie."""
    if _has_session(request):
        return path
    base, _, query = path.partition("?")
    return f"{base};jsessionid={SID}" + (f"?{query}" if query else "")


# --- dates --------------------------------------------------------------------------------


def _dt(s: Story) -> datetime:
    return datetime.strptime(s.opts["dt"], "%Y-%m-%d %H:%M")


def vn_day(s: Story) -> str:
    return _dt(s).strftime("%d/%m/%Y")


def vn_posted(s: Story) -> str:
    d = _dt(s)
    return f"{d:%H:%M} | {d:%d/%m/%Y}"


def en_medium(s: Story) -> str:
    """java.text.DateFormat.MEDIUM in en_US (JDK 11/17): "Nov 28, 2026, 3:05:00 PM"."""
    d = _dt(s)
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"{d:%b} {d.day}, {d.year}, {hour}:{d:%M}:00 {ampm}"


def _stamp(value: str) -> str:
    d = datetime.strptime(value, "%Y-%m-%d %H:%M")
    return f"{d:%d/%m/%Y %H:%M}"


# --- article text -------------------------------------------------------------------------


def enc(s: Story, value: str) -> str:
    mode = s.opts.get("enc", "")
    if mode == "ent":
        return text(value, entities=1)
    if mode == "nfd":
        return text(value, nfd=True)
    return text(value)


def tenc(s: Story, value: str) -> str:
    """A title (jcr:title, a plain property): CKEditor's entities never reach it, a typed NFD does."""
    return text(value, nfd=s.opts.get("enc") == "nfd")


_WORD_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:130%">'
    '<span lang="VI" style="font-size:14.0pt;line-height:130%;font-family:&quot;Times New Roman&quot;,serif">'
    "{}</span></p>"
)
_WORD_LI = (
    '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-align:justify;text-indent:-18.0pt;'
    'mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:'
    'Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
    '<span lang="VI" style="font-size:14.0pt">{}</span></p>'
)


def _img_tag(s: Story, img: Img, n: int) -> str:
    return f'<img alt="" height="{450 + 3 * n}" src="{esc(img.src)}" width="800" />'


def render_body(s: Story) -> str:
    out: list[str] = []
    rows: list[str] = []

    def flush_rows() -> None:
        if not rows:
            return
        trs = []
        for i, row in enumerate(rows):
            cells = row.split(" | ")
            if i == 0:
                tds = "".join(
                    f'<td style="background-color:#dbe5f1"><p align="center"><b>{enc(s, c)}</b></p></td>' for c in cells
                )
            else:
                tds = "".join(f"<td><p>{enc(s, c)}</p></td>" for c in cells)
            trs.append(f"<tr>{tds}</tr>")
        out.append(
            '<table border="1" cellpadding="4" cellspacing="0" class="MsoTableGrid" style="width:100%;'
            'border-collapse:collapse"><tbody>' + "".join(trs) + "</tbody></table>"
        )
        rows.clear()

    n = 0
    for b in s.blocks:
        if not (isinstance(b, P) and b.style == "tr"):
            flush_rows()
        if isinstance(b, P):
            t = enc(s, b.text)
            st = b.style
            if st == "tr":
                rows.append(b.text)
            elif st == "br":
                last = out.pop()
                out.append(last[: last.rindex("</")] + "<br />\r\n" + t + last[last.rindex("</") :])
            elif st == "b" or st == "h":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif st == "i":
                out.append(f'<p style="text-align: justify;"><em>{t}</em></p>')
            elif st == "li":
                out.append(_WORD_LI.format(t))
            elif st == "dash":
                out.append(f'<p style="margin-left: 20px; text-align: justify;">{t}</p>')
            elif st == "quote":
                out.append(f'<blockquote>\r\n<p><em>{t}</em></p>\r\n</blockquote>')
            elif st == "ftn":
                call = '<a href="#_ftn1" name="_ftnref1" title="">[1]</a>'
                out.append(f'<p style="text-align: justify;">{t.replace("[1]", call)}</p>')
            elif st == "note":
                note = '<a href="#_ftnref1" name="_ftn1" title="">[1]</a>'
                out.append(f'<p style="font-size: 12px;">{t.replace("[1]", note, 1)}</p>')
            elif s.opts.get("word"):
                out.append(_WORD_P.format(t))
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        elif isinstance(b, Img):
            n += 1
            tag = _img_tag(s, b, n)
            cap = enc(s, b.printed) if b.printed else ""
            if b.style == "lead":
                continue
            if b.style == "figure":
                out.append(
                    f'<figure class="image" style="display:inline-block">{tag}<figcaption>{cap}</figcaption></figure>'
                )
            elif b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
                    f'<tr><td style="text-align:center">{tag}</td></tr>'
                    f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{cap}</em></span></td></tr>'
                    "</tbody></table>"
                )
            elif b.style == "next":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                if cap:
                    out.append(f'<p style="text-align: center;"><em><span style="color:#0000cd">{cap}</span></em></p>')
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
        else:
            out.append(b.html)
    flush_rows()
    return "\r\n".join(out)


def lead_image(s: Story) -> Img | None:
    return next((b for b in s.images if b.style == "lead"), None)


def thumb(s: Story) -> str:
    first = s.images[0].src if s.images else None
    return f"{first}?t=thumbnail" if first else f"{MOD}/img/no-image.png"


def teaser(s: Story) -> str:
    first = s.paragraphs[0]
    return first if len(first) <= 170 else first[:167].rsplit(" ", 1)[0] + "..."


def short_title(s: Story) -> str:
    return s.title if len(s.title) <= 70 else s.title[:67].rsplit(" ", 1)[0] + "..."


def in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_dt, reverse=True)


def newest(n: int, cats: tuple[str, ...]) -> list[Story]:
    return sorted((s for s in STORIES if s.cat in cats), key=_dt, reverse=True)[:n]


# --- chrome -------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", HOME, []),
    (
        "Giới thiệu",
        "#",
        [
            ("Chức năng, nhiệm vụ", f"{ROOT}/gioi-thieu/chuc-nang-nhiem-vu.html"),
            ("Cơ cấu tổ chức", f"{ROOT}/gioi-thieu/co-cau-to-chuc.html"),
        ],
    ),
    ("Tin tức", f"{ROOT}/tin-tuc.html", [(label, f"{ROOT}/tin-tuc/{c}.html") for c, (label, _) in CATS.items()]),
    ("Văn bản", f"{ROOT}/van-ban.html", []),
    ("Lịch công tác", f"{ROOT}/lich-cong-tac.html", []),
    (
        "Thư viện",
        "#",
        [("Thư viện ảnh", f"{ROOT}/thu-vien-anh.html"), ("Video", f"{ROOT}/video.html")],
    ),
    ("Liên hệ", f"{ROOT}/lien-he.html", []),
    ("Dịch vụ công", "https://dichvucong.quangtri.gov.vn/", []),
]


def _menu(active: str) -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU, 1):
        cls = "cap1" + (" co-con dropdown" if subs else "") + (" dang-chon" if label == active else "")
        target = ' target="_blank"' if href.startswith("http") else ""
        sub = ""
        if subs:
            lis = "".join(f'<li class="cap2"><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
            sub = f'<ul class="mnu-cap2 dropdown-menu" id="mnu2_{i:02d}">{lis}</ul>'
        caret = ' <b class="caret"></b>' if subs else ""
        toggle = ' class="dropdown-toggle" data-toggle="dropdown"' if href == "#" else ""
        items.append(f'<li class="{cls}" id="mnu1_{i:02d}"><a href="{href}"{toggle}{target}>{esc(label)}{caret}</a>{sub}</li>')
    return (
        '<nav class="navbar thanh-menu" role="navigation"><div class="container">'
        '<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mnu-ngang">'
        '<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>'
        f'<div class="collapse navbar-collapse" id="mnu-ngang"><ul class="nav navbar-nav mnu-cap1">{"".join(items)}</ul>'
        "</div></div></nav>"
    )


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    parts = [f'<a href="{HOME}"><i class="fa fa-home"></i> Trang chủ</a>']
    for label, href in trail:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duong-dan" id="breadcrumb_5c1e">' + ' <span class="sep">»</span> '.join(parts) + "</div>"


MOST_READ = [1, 7, 9, 3]


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{node_path(STORIES[i - 1])}">{esc(STORIES[i - 1].title)}</a></li>' for i in MOST_READ
    )
    links = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for t, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Cổng TTĐT tỉnh Quảng Trị", "https://quangtri.gov.vn"),
            ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn"),
            ("Hệ thống quản lý văn bản", "https://qlvb.quangtri.gov.vn"),
        ]
    )
    return f"""
<div class="col-md-4 cot-phai" id="area-side">
<!-- area: side (jmix:droppableContent) -->
<div class="khoi-phai jnt-bigText" data-jtype="jnt:bigText" id="bt_side_0917">
<div class="khoi-tde"><span>Thông báo</span></div>
<div class="khoi-nd">
<p><strong>Lịch nghỉ Tết Dương lịch năm 2027:</strong> Cán bộ, công chức, viên chức cơ quan Sở nghỉ ngày 01/01/2027. Học sinh nghỉ học theo kế hoạch thời gian năm học của UBND tỉnh.</p>
<p>Đề nghị các đơn vị cập nhật dữ liệu lên Cơ sở dữ liệu ngành trước ngày 15/12/2026.</p>
</div></div>
<div class="khoi-phai" id="docnhieu_2203"><div class="khoi-tde"><span>Đọc nhiều nhất</span></div>
<ul class="ds-docnhieu">{most}</ul></div>
<div class="khoi-phai banner-phai" id="bn_31">
<a href="https://dichvucong.quangtri.gov.vn/" target="_blank"><img src="{F}/banner/dich-vu-cong-truc-tuyen.png" alt="Dịch vụ công trực tuyến" /></a>
<a href="https://thinangluc.quangtri.edu.vn" target="_blank"><img src="{F}/banner/tra-cuu-diem-thi.png" alt="Tra cứu điểm thi" /></a>
<a href="https://www.youtube.com/@sgddtquangtri" target="_blank"><img src="{F}/banner/kenh-youtube.png" alt="Kênh Youtube" /></a>
</div>
<div class="khoi-phai" id="lk_44"><div class="khoi-tde"><span>Liên kết website</span></div>
<select class="form-control" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></div>
<div class="khoi-phai jnt-poll" data-jtype="jnt:poll" id="poll_7a3c"><div class="khoi-tde"><span>Thăm dò ý kiến</span></div>
<form action="{ROOT}/binh-chon/giao-dien-moi.vote.do" method="post">
<p>Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử mới của Sở?</p>
<label><input type="radio" name="answer" value="1" /> Rất đẹp, dễ sử dụng</label><br />
<label><input type="radio" name="answer" value="2" /> Bình thường</label><br />
<label><input type="radio" name="answer" value="3" /> Khó tìm thông tin</label><br />
<input type="hidden" name="jcrRedirectTo" value="{HOME}" />
<button type="submit" class="btn btn-xs btn-primary">Bình chọn</button>
</form></div>
<div class="khoi-phai" id="thongke_88"><div class="khoi-tde"><span>Thống kê truy cập</span></div>
<table class="tk-truycap"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.204</td></tr>
<tr><td>Tháng này:</td><td>9.871</td></tr><tr><td>Tổng truy cập:</td><td>8.452.917</td></tr></table></div>
</div>"""


def page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    crumbs: list[tuple[str, str | None]] | None = None,
    canonical: str | None = None,
    head: str = "",
    description: str = "",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    trail = _crumbs(crumbs) if crumbs is not None else ""
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
{desc}{canon}{head}<link rel="shortcut icon" href="{F}/favicon.ico" type="image/x-icon" />
<link id="staticAssetCSS0" rel="stylesheet" href="/modules/bootstrap3-core/css/bootstrap.min.css" media="screen" type="text/css" />
<link id="staticAssetCSS1" rel="stylesheet" href="{MOD}/css/sgddt.css" media="screen" type="text/css" />
<link id="staticAssetCSS2" rel="stylesheet" href="/modules/font-awesome/css/font-awesome.min.css" media="screen" type="text/css" />
<script id="staticAssetJavascript0" type="text/javascript" src="/modules/jquery/javascript/jquery.min.js"></script>
<script id="staticAssetJavascript1" type="text/javascript" src="/modules/bootstrap3-core/javascript/bootstrap.min.js"></script>
<script type="text/javascript">
var contextJsParameters={{contextPath:"",lang:"vi",uilang:"vi",siteUuid:"2b5f0c3e-7d41-4a8e-9c6b-1e2f3a4b5c6d",wcag:true,ckeCfg:""}}; var CKEDITOR_BASEPATH="/modules/ckeditor/javascript/"; var scayt_custom_params=new Array(); scayt_custom_params['sLang']='vi_VN';
</script>
</head>
<body class="jahia-live">
<div class="bodywrapper">
<div id="dau-trang">
<div class="container">
<div class="row dong-tren">
<div class="col-sm-6 ngay-thang"><i class="fa fa-calendar"></i> {TODAY_LINE}</div>
<div class="col-sm-6 text-right tim-kiem">
<form action="{ROOT}/tim-kiem.html" method="get" name="frmTimKiem" id="frm_search_221">
<input type="hidden" name="src_originSiteKey" value="sgddt" />
<input type="text" name="src_terms[0].term" placeholder="Nhập từ khóa tìm kiếm..." />
<button type="submit"><i class="fa fa-search"></i></button>
</form>
</div></div>
<div class="row logo-bang"><div class="col-sm-12">
<a href="{HOME}"><img src="{MOD}/img/logo-sgddt-qt.png" alt="Logo" class="logo" /></a>
<div class="ten-dv"><span class="dong1">UBND TỈNH QUẢNG TRỊ</span><span class="dong2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>
</div></div>
</div>
</div>
{_menu(active)}
<div class="container noi-dung">
{trail}
<div class="row">
{main}
{_sidebar()}
</div>
</div>
<div id="chan-trang">
<div class="container">
<div class="row">
<div class="col-md-8">
<p class="ten-cq"><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Quảng Trị. Chịu trách nhiệm chính: Ông Trần Quang Hải - Giám đốc Sở</p>
<p>Địa chỉ: Số 2 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị - Điện thoại: 0232.3822.587 - Fax: 0232.3822.411</p>
<p>Email: <a href="mailto:sgddt@quangtri.gov.vn">sgddt@quangtri.gov.vn</a></p>
<p>Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/3/2024. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
<div class="col-md-4 text-right">
<a href="https://www.facebook.com/sgddtquangtri" target="_blank"><i class="fa fa-facebook-square"></i></a>
<a href="https://www.youtube.com/@sgddtquangtri" target="_blank"><i class="fa fa-youtube-play"></i></a>
<p class="ban-quyen">© 2024 Sở GD&amp;ĐT Quảng Trị. Thiết kế và phát triển trên nền tảng Jahia DX.</p>
</div>
</div></div></div>
</div>
<script type="text/javascript" src="{MOD}/javascript/sgddt.js"></script>
<!-- jahia-render: live / vi / sgddt-qt-template 1.4.2 -->
</body>
</html>
"""
    headers = {} if _has_session(request) else {"Set-Cookie": f"JSESSIONID={SID}; Path=/; HttpOnly"}
    return html(body, headers=headers)


# --- article page -------------------------------------------------------------------------


def _meta_std(s: Story) -> str:
    upd = f' <span class="ctt-capnhat">Cập nhật: {_stamp(s.opts["upd"])}</span> |' if s.opts.get("upd") else ""
    return (
        f'<div class="ctt-tt"><span class="ctt-ngay"><i class="fa fa-clock-o"></i> Ngày đăng: {vn_posted(s)}</span> |'
        f'{upd} <span class="ctt-nguoidang">Người đăng: bientap.sgddt</span> |'
        f' <span class="ctt-luotxem">Lượt xem: {s.views()}</span></div>'
    )


def _meta_en(s: Story) -> str:
    return (
        '<table class="tbl-tt" style="width:100%;font-size:12px;color:#777"><tr>'
        f'<td><i class="fa fa-calendar-o"></i> Posted: {en_medium(s)}</td>'
        '<td>Đăng bởi: root</td>'
        f'<td style="text-align:right">Lượt xem: {s.views()}</td></tr></table>'
    )


def _tools(s: Story, request: Request) -> str:
    url = base_url(request) + public_path(s)
    return (
        '<div class="ctt-cc">'
        '<a href="javascript:void(0)" onclick="doiCoChu(-1)" title="Giảm cỡ chữ">A-</a> '
        '<a href="javascript:void(0)" onclick="doiCoChu(0)">A</a> '
        '<a href="javascript:void(0)" onclick="doiCoChu(1)" title="Tăng cỡ chữ">A+</a> | '
        '<a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> | '
        f'<a href="mailto:?subject={esc(s.title)}&amp;body={esc(url)}"><i class="fa fa-envelope"></i> Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" class="fb-share">'
        f'<img src="{MOD}/img/icon-facebook.png" alt="Chia sẻ Facebook" /></a> '
        f'<a href="https://sp.zalo.me/share_inline?url={esc(url)}" target="_blank">'
        f'<img src="{MOD}/img/icon-zalo.png" alt="Chia sẻ Zalo" /></a>'
        "</div>"
    )


def article(s: Story, request: Request) -> Response:
    label = CATS[s.cat][0]
    tpl = s.opts.get("tpl") or ("en" if s.cat == "co-so-giao-duc" else "std")
    # jcr:title is a plain property: CKEditor's entities never reach it, a typed NFD title does
    title_html = tenc(s, s.title)
    if tpl == "en":
        meta = _meta_en(s)
    elif tpl == "vb":
        meta = f'<div class="ctt-tt"><span class="ctt-luotxem">Lượt xem: {s.views()}</span></div>'
    else:
        meta = _meta_std(s)
    lead = lead_image(s)
    lead_html = (
        f'<div class="ctt-anh" data-jprop="image"><img src="{esc(lead.src)}" alt="{esc(s.title)}" class="img-responsive" /></div>'
        if lead
        else ""
    )
    sapo = f'<div class="ctt-tomtat" data-jprop="desc"><p>{enc(s, s.summary)}</p></div>' if s.sapo_outside else ""
    files = ""
    if s.opts.get("files"):
        lis = "".join(
            f'<li><img src="/modules/assets/icons/pdf.png" alt="" /> <a href="{h}" target="_blank">{esc(n)}</a> '
            '<span class="kt">(215 KB)</span></li>'
            for n, h in s.opts["files"]
        )
        files = f'<div class="jnt-fileList dinh-kem" data-jtype="jnt:fileList"><strong>Tệp đính kèm:</strong><ul>{lis}</ul></div>'
    tags = ""
    if s.opts.get("tags"):
        tags = (
            '<div class="ctt-tukhoa" data-jmix="jmix:tagged"><i class="fa fa-tags"></i> Từ khóa: '
            + ", ".join(f'<span class="tag">{esc(t)}</span>' for t in s.opts["tags"])
            + "</div>"
        )
    others = [o for o in in_cat(s.cat) if o is not s][:3]
    other_html = "".join(
        f'<li><a href="{c_url(public_path(o), request)}">{esc(o.title)}</a> <span class="ngay">({vn_day(o)})</span></li>'
        for o in others
    )
    uuid = f"{s.id * 2654435761 % 2**32:08x}"
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main">
<!-- area: main (jmix:droppableContent) -->
<div class="jnt-news ctt" id="n_{uuid}" data-jtype="jnt:news" data-jmix="jmix:tagged jmix:categorized">
<h1 class="ctt-tde">{title_html}</h1>
{meta}
{_tools(s, request)}
{lead_html}
{sapo}
<div class="ctt-nd jnt-bigText" id="bt_{uuid[:6]}" data-jprop="body">
{render_body(s)}
</div>
{files}
{tags}
<div class="ctt-ykien"><h4>Ý kiến bạn đọc</h4>
<form action="{node_path(s)}.addComment.do" method="post">
<input type="text" name="hoten" placeholder="Họ và tên" /> <input type="text" name="email" placeholder="Email" />
<textarea name="noidung" rows="3"></textarea><button type="submit">Gửi ý kiến</button></form></div>
</div>
<div class="jnt-contentList tinkhac" data-jtype="jnt:contentList" id="cl_tk_{s.id:03d}">
<div class="khoi-tde"><span>Các tin khác</span></div>
<ul>{other_html}</ul>
</div>
</div>"""
    lead_or_first = lead or (s.images[0] if s.images else None)
    og = f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(s.title)}" />\n'
    og += f'<meta property="og:url" content="{base_url(request)}{public_path(s)}" />\n'
    if lead_or_first:
        og += f'<meta property="og:image" content="{base_url(request)}{lead_or_first.src}" />\n'
    if s.opts.get("upd"):
        d = datetime.strptime(s.opts["upd"], "%Y-%m-%d %H:%M")
        og += f'<meta property="article:modified_time" content="{d:%Y-%m-%dT%H:%M:00}+07:00" />\n'
    head_title = f"{s.title} - {SITE_NAME}"
    if s.opts.get("enc") == "nfd":
        head_title = unicodedata.normalize("NFD", head_title)
    return page(
        request,
        head_title,
        main,
        active="Tin tức",
        crumbs=[("Tin tức", f"{ROOT}/tin-tuc.html"), (label, f"{ROOT}/tin-tuc/{s.cat}.html")],
        canonical=public_path(s),
        head=og,
        description=teaser(s),
    )


# --- listings -----------------------------------------------------------------------------


def _item(s: Story, request: Request) -> str:
    link = c_url(public_path(s), request)
    return (
        f'<div class="ds-muc clearfix" id="ds_{s.id:04d}">'
        f'<a class="ds-anh" href="{link}"><img src="{esc(thumb(s))}" alt="" /></a>'
        f'<h3 class="ds-tde"><a href="{link}" title="{esc(s.title)}">{tenc(s, short_title(s))}</a></h3>'
        f'<span class="ds-ngay"><i class="fa fa-calendar"></i> {vn_day(s)}</span>'
        f'<p class="ds-mota">{enc(s, teaser(s))}</p></div>'
    )


def listing(cat: str, request: Request) -> Response:
    label, size = CATS[cat]
    raw = request.params.get("beginIndex", "0")
    begin = int(raw) if raw.isdigit() else 0
    items = in_cat(cat)
    shown = items[begin : begin + size]
    body = "".join(_item(s, request) for s in shown) or '<p class="trong">Chưa có tin bài nào.</p>'
    pages = (len(items) + size - 1) // size
    pager = ""
    if pages > 1:
        here = f"{ROOT}/tin-tuc/{cat}.html"
        links = []
        cur = begin // size
        if cur > 0:
            links.append(f'<a href="{here}?beginIndex={(cur - 1) * size}" title="Trang trước">‹</a>')
        for p in range(pages):
            if p == cur:
                links.append(f'<span class="dang-xem">{p + 1}</span>')
            else:
                links.append(f'<a href="{here}?beginIndex={p * size}">{p + 1}</a>')
        if cur < pages - 1:
            links.append(f'<a href="{here}?beginIndex={(cur + 1) * size}" title="Trang sau">›</a>')
            links.append(f'<a href="{here}?beginIndex={(pages - 1) * size}" title="Trang cuối">»</a>')
        pager = (
            f'<div class="phantrang" id="pg_{zlib.crc32(cat.encode()) % 9973:04d}">'
            f'<span class="tong">Trang {cur + 1}/{pages} - Tổng số {len(items)} tin</span> ' + " ".join(links) + "</div>"
        )
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main">
<!-- area: main (jmix:droppableContent) -->
<div class="jnt-contentList ds-tin" data-jtype="jnt:contentList" data-jmix="jmix:list jmix:pager" id="cl_{cat[:4]}_{size}">
<h2 class="khoi-tde"><span>{esc(label)}</span></h2>
{body}
{pager}
</div>
</div>"""
    return page(
        request,
        f"{label} - {SITE_NAME}",
        main,
        active="Tin tức",
        crumbs=[("Tin tức", f"{ROOT}/tin-tuc.html"), (label, None)],
        canonical=f"{ROOT}/tin-tuc/{cat}.html",
    )


def news_landing(request: Request) -> Response:
    blocks = []
    for cat, (label, _) in CATS.items():
        lis = "".join(
            f'<li><a href="{c_url(public_path(s), request)}">{esc(s.title)}</a> <span class="ngay">{vn_day(s)}</span></li>'
            for s in in_cat(cat)[:2]
        )
        blocks.append(
            f'<div class="khoi-cm" id="cm_{cat}"><h2 class="khoi-tde"><a href="{ROOT}/tin-tuc/{cat}.html">{esc(label)}</a></h2>'
            f'<ul>{lis}</ul><a class="xem-tat-ca" href="{ROOT}/tin-tuc/{cat}.html">Xem tất cả »</a></div>'
        )
    main = f'<div class="col-md-8 cot-chinh" id="area-main">{"".join(blocks)}</div>'
    return page(request, f"Tin tức - {SITE_NAME}", main, active="Tin tức", crumbs=[("Tin tức", None)])


def home(request: Request) -> Response:
    focus = [STORIES[0], STORIES[2], STORIES[8], STORIES[6]]
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{s.opts["vanity"]}">'
        f'<img src="{esc(s.images[0].src)}" alt="{esc(s.title)}" /></a>'
        f'<div class="carousel-caption"><a href="{s.opts["vanity"]}">{esc(s.title)}</a></div></div>'
        for i, s in enumerate(focus)
    )
    latest = newest(5, ("hoat-dong-nganh", "thi-tuyen-sinh", "co-so-giao-duc"))
    first, rest = latest[0], latest[1:]
    top = (
        f'<div class="tin-dau"><a href="{c_url(public_path(first), request)}"><img src="{esc(thumb(first))}" alt="" /></a>'
        f'<h3><a href="{c_url(public_path(first), request)}">{esc(first.title)}</a></h3>'
        f'<p>{enc(first, teaser(first))}</p></div>'
    )
    rest_html = "".join(
        f'<li><a href="{c_url(public_path(s), request)}">{tenc(s, s.title)}</a> <span class="ngay">({vn_day(s)})</span></li>'
        for s in rest
    )
    notices = "".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{c_url(public_path(s), request)}">{esc(s.title)}</a>'
        f' <img src="{MOD}/img/new.gif" alt="" /></li>'
        for s in in_cat("thong-bao")
    )
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main">
<!-- area: main (jmix:droppableContent) -->
<div id="slider_tieudiem" class="carousel slide jnt-linkList" data-ride="carousel" data-jtype="jnt:linkList">
<div class="khoi-tde"><span>Tiêu điểm</span></div>
<div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#slider_tieudiem" data-slide="prev">‹</a>
<a class="right carousel-control" href="#slider_tieudiem" data-slide="next">›</a>
</div>
<div class="khoi-tinmoi jnt-contentList" data-jtype="jnt:contentList" id="cl_tinmoi_5">
<div class="khoi-tde"><span>Tin mới</span></div>
{top}
<ul class="ds-tinmoi">{rest_html}</ul>
</div>
<div class="khoi-thongbao" id="tb_home_2"><div class="khoi-tde"><span>Thông báo</span></div><ul>{notices}</ul>
<a class="xem-tat-ca" href="{ROOT}/tin-tuc/thong-bao.html">Xem tất cả »</a></div>
<div class="row">
<div class="col-sm-6 khoi-vanban" id="vb_home"><div class="khoi-tde"><span>Văn bản mới</span></div>
<ul><li><a href="{ROOT}/van-ban/2517-kh-sgddt.html">Kế hoạch số 2517/KH-SGDĐT tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12</a></li>
<li><a href="{F}/van-ban/2026/CV-2460-SGDDT.pdf" target="_blank">Công văn số 2460/SGDĐT-GDPT về hướng dẫn kiểm tra, đánh giá học kỳ I</a></li></ul>
<a class="xem-tat-ca" href="{ROOT}/van-ban.html">Xem tất cả »</a></div>
<div class="col-sm-6 khoi-media" id="media_home"><div class="khoi-tde"><span>Thư viện ảnh - Video</span></div>
<a href="{ROOT}/thu-vien-anh/ky-niem-44-nam-ngay-nha-giao-viet-nam.html"><img src="{F}/thu-vien-anh/2026/20-11/anh-01.jpg?t=thumbnail" alt="" /> Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a><br />
<a href="{ROOT}/video/ban-tin-giao-duc-thang-11-2026.html"><img src="{F}/video/ban-tin-t11.jpg?t=thumbnail" alt="" /> Bản tin Giáo dục Quảng Trị tháng 11/2026</a>
</div>
</div>
</div>"""
    return page(request, SITE_NAME, main, active="Trang chủ", canonical=HOME, description="Cổng thông tin điện tử Sở GD&ĐT tỉnh Quảng Trị")


# --- pages that are not articles ----------------------------------------------------------


def _static_page(request: Request, title: str, inner: str, crumbs: list, active: str = "") -> Response:
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main">
<div class="jnt-bigText trang-tinh" data-jtype="jnt:bigText" id="bt_{zlib.crc32(title.encode()) % 99991:05d}">
<h1 class="trang-tde">{esc(title)}</h1>
{inner}
</div></div>"""
    return page(request, f"{title} - {SITE_NAME}", main, active=active, crumbs=crumbs)


def p_chuc_nang(request: Request) -> Response:
    inner = """
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Quảng Trị, có chức năng tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p>Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh, đồng thời chấp hành sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<p><strong>Nhiệm vụ và quyền hạn</strong></p>
<p>1. Trình UBND tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 5 năm và hàng năm; chương trình, đề án, dự án về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p>2. Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình, đề án, dự án sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về giáo dục.</p>"""
    return _static_page(request, "Chức năng, nhiệm vụ", inner, [("Giới thiệu", None), ("Chức năng, nhiệm vụ", None)], "Giới thiệu")


def p_co_cau(request: Request) -> Response:
    rows = [
        ("Trần Quang Hải", "Giám đốc", "0232.3822.001"),
        ("Nguyễn Văn Sơn", "Phó Giám đốc", "0232.3822.002"),
        ("Lê Thị Hồng Nhung", "Phó Giám đốc", "0232.3822.003"),
        ("Hoàng Đức Thắng", "Chánh Văn phòng", "0232.3822.587"),
    ]
    trs = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{c}</td><td>{t}</td></tr>" for i, (n, c, t) in enumerate(rows, 1))
    inner = f"""
<p><strong>I. LÃNH ĐẠO SỞ</strong></p>
<table border="1" cellpadding="4" style="width:100%"><tbody><tr><td>TT</td><td>Họ và tên</td><td>Chức vụ</td><td>Điện thoại</td></tr>{trs}</tbody></table>
<p><strong>II. CÁC PHÒNG CHUYÊN MÔN, NGHIỆP VỤ</strong></p>
<p>Văn phòng; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ; Phòng Giáo dục mầm non; Phòng Giáo dục phổ thông; Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên; Phòng Quản lý chất lượng; Phòng Chính trị, tư tưởng; Thanh tra Sở.</p>"""
    return _static_page(request, "Cơ cấu tổ chức", inner, [("Giới thiệu", None), ("Cơ cấu tổ chức", None)], "Giới thiệu")


def p_lien_he(request: Request) -> Response:
    inner = f"""
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p>
<p>Địa chỉ: Số 2 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị<br />Điện thoại: 0232.3822.587 - Fax: 0232.3822.411<br />Email: sgddt@quangtri.gov.vn</p>
<div class="jnt-contactForm" data-jtype="jnt:contactForm">
<form action="{ROOT}/lien-he.contact.do" method="post">
<p><input type="text" name="hoTen" placeholder="Họ và tên (*)" /></p>
<p><input type="text" name="email" placeholder="Email (*)" /></p>
<p><input type="text" name="tieuDe" placeholder="Tiêu đề" /></p>
<p><textarea name="noiDung" rows="5" placeholder="Nội dung"></textarea></p>
<p><img src="/modules/jcaptcha/captcha.png" alt="captcha" /> <input type="text" name="jcrCaptcha" /></p>
<p><button type="submit">Gửi liên hệ</button></p>
</form></div>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!sgddt-qt" width="100%" height="300" frameborder="0"></iframe></p>"""
    return _static_page(request, "Liên hệ", inner, [("Liên hệ", None)], "Liên hệ")


def p_lich(request: Request) -> Response:
    rows = [
        ("Thứ Hai<br />30/11", "Sáng: Giám đốc Sở chủ trì giao ban lãnh đạo Sở.", "Chiều: PGĐ Nguyễn Văn Sơn làm việc với Phòng TCCB."),
        ("Thứ Ba<br />01/12", "Sáng: PGĐ Lê Thị Hồng Nhung kiểm tra trường học vùng lũ (cả ngày).", ""),
        ("Thứ Tư<br />02/12", "Sáng: Giám đốc Sở dự họp UBND tỉnh.", "Chiều: Làm việc tại cơ quan."),
        ("Thứ Năm<br />03/12", "Sáng: Họp Hội đồng thi chọn HSG cấp tỉnh lớp 12.", "Chiều: Làm việc tại cơ quan."),
        ("Thứ Sáu<br />04/12", "Chiều: Hội nghị tổng kết 5 năm thực hiện CT GDPT 2018 (Hội trường Sở).", ""),
    ]
    trs = "".join(f'<tr><td class="thu">{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in rows)
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main">
<div class="lich-ct" id="lct_49">
<h1 class="trang-tde">Lịch công tác tuần 49 (từ 30/11/2026 đến 06/12/2026)</h1>
<div class="dieu-huong"><button type="button" onclick="xemTuan(48)">« Tuần trước</button> <button type="button" onclick="xemTuan(50)" disabled="disabled">Tuần sau »</button></div>
<table border="1" cellpadding="4" style="width:100%"><thead><tr><th>Thứ/Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr></thead><tbody>{trs}</tbody></table>
<p><em>Lịch có thể thay đổi, đề nghị theo dõi thường xuyên. Văn phòng Sở.</em></p>
</div></div>"""
    return page(request, f"Lịch công tác - {SITE_NAME}", main, active="Lịch công tác", crumbs=[("Lịch công tác", None)])


def p_van_ban_list(request: Request) -> Response:
    rows = [
        (f'<a href="{ROOT}/van-ban/2517-kh-sgddt.html">2517/KH-SGDĐT</a>', "02/12/2026", "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027"),
        (f'<a href="{F}/van-ban/2026/CV-2460-SGDDT.pdf">2460/SGDĐT-GDPT</a>', "27/11/2026", "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027"),
        (f'<a href="{F}/van-ban/2026/QD-1183-SGDDT.pdf">1183/QĐ-SGDĐT</a>', "20/11/2026", "Quyết định khen thưởng các tập thể, cá nhân có thành tích trong 5 năm thực hiện CT GDPT 2018"),
    ]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main">
<div class="jnt-contentList ds-vanban" data-jtype="jnt:contentList" id="cl_vb_20">
<h2 class="khoi-tde"><span>Văn bản</span></h2>
<table class="table table-bordered"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{trs}</tbody></table>
</div></div>"""
    return page(request, f"Văn bản - {SITE_NAME}", main, active="Văn bản", crumbs=[("Văn bản", None)])


def p_van_ban(request: Request) -> Response:
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main">
<div class="ct-vanban" data-jtype="sgddtnt:vanBan" id="vb_2517">
<h1 class="trang-tde">Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027</h1>
<table class="table table-bordered"><tbody>
<tr><td>Số/Ký hiệu</td><td>2517/KH-SGDĐT</td></tr>
<tr><td>Ngày ban hành</td><td>02/12/2026</td></tr>
<tr><td>Ngày hiệu lực</td><td>02/12/2026</td></tr>
<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr>
<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td>Người ký</td><td>Nguyễn Văn Sơn</td></tr>
<tr><td>Trích yếu</td><td>Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="{F}/van-ban/2026/KH-2517-SGDDT.pdf">KH-2517-SGDDT.pdf</a></td></tr>
</tbody></table>
</div></div>"""
    return page(
        request,
        f"2517/KH-SGDĐT - {SITE_NAME}",
        main,
        active="Văn bản",
        crumbs=[("Văn bản", f"{ROOT}/van-ban.html"), ("2517/KH-SGDĐT", None)],
    )


def p_album_list(request: Request) -> Response:
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main"><h2 class="khoi-tde"><span>Thư viện ảnh</span></h2>
<div class="ds-album"><a href="{ROOT}/thu-vien-anh/ky-niem-44-nam-ngay-nha-giao-viet-nam.html"><img src="{F}/thu-vien-anh/2026/20-11/anh-01.jpg?t=thumbnail" alt="" /><br />Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)</a></div></div>"""
    return page(request, f"Thư viện ảnh - {SITE_NAME}", main, active="Thư viện", crumbs=[("Thư viện ảnh", None)])


def p_album(request: Request) -> Response:
    imgs = "".join(
        f'<a href="{F}/thu-vien-anh/2026/20-11/anh-{i:02d}.jpg" class="fancybox" rel="album"><img src="{F}/thu-vien-anh/2026/20-11/anh-{i:02d}.jpg?t=thumbnail" alt="Ảnh {i}" /></a>'
        for i in range(1, 9)
    )
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main"><div class="jnt-gallery album" data-jtype="jnt:imageGallery" id="gal_2011">
<h1 class="trang-tde">Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)</h1>
<p class="ngay">20/11/2026 - 8 ảnh</p><div class="luoi-anh">{imgs}</div></div></div>"""
    return page(
        request,
        f"Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam - {SITE_NAME}",
        main,
        active="Thư viện",
        crumbs=[("Thư viện ảnh", f"{ROOT}/thu-vien-anh.html"), ("Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", None)],
    )


def p_video_list(request: Request) -> Response:
    main = f"""
<div class="col-md-8 cot-chinh" id="area-main"><h2 class="khoi-tde"><span>Video</span></h2>
<div class="ds-video"><a href="{ROOT}/video/ban-tin-giao-duc-thang-11-2026.html"><img src="{F}/video/ban-tin-t11.jpg?t=thumbnail" alt="" /><br />Bản tin Giáo dục Quảng Trị tháng 11/2026</a></div></div>"""
    return page(request, f"Video - {SITE_NAME}", main, active="Thư viện", crumbs=[("Video", None)])


def p_video(request: Request) -> Response:
    main = """
<div class="col-md-8 cot-chinh" id="area-main"><div class="jnt-video" data-jtype="jnt:youtubeVideo" id="vd_1126">
<h1 class="trang-tde">Bản tin Giáo dục Quảng Trị tháng 11/2026</h1>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/Qt5gDdT2611" allowfullscreen="allowfullscreen"></iframe></div>
<p>Bản tin tổng hợp các hoạt động nổi bật của ngành Giáo dục tỉnh trong tháng 11/2026: kỷ niệm Ngày Nhà giáo Việt Nam, khắc phục hậu quả mưa lũ, kỳ thi chọn đội tuyển học sinh giỏi quốc gia.</p>
</div></div>"""
    return page(
        request,
        f"Bản tin Giáo dục tháng 11/2026 - {SITE_NAME}",
        main,
        active="Thư viện",
        crumbs=[("Video", f"{ROOT}/video.html"), ("Bản tin Giáo dục tháng 11/2026", None)],
    )


def p_search(request: Request) -> Response:
    term = request.params.get("src_terms[0].term", "").strip()
    msg = (
        f"<p>Không tìm thấy kết quả nào phù hợp với từ khóa <strong>{esc(term)}</strong>.</p>"
        if term
        else "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    )
    main = f'<div class="col-md-8 cot-chinh" id="area-main"><h2 class="khoi-tde"><span>Kết quả tìm kiếm</span></h2>{msg}</div>'
    return page(request, f"Tìm kiếm - {SITE_NAME}", main, crumbs=[("Tìm kiếm", None)])


PAGES = {
    HOME: home,
    f"{ROOT}/tin-tuc.html": news_landing,
    f"{ROOT}/gioi-thieu/chuc-nang-nhiem-vu.html": p_chuc_nang,
    f"{ROOT}/gioi-thieu/co-cau-to-chuc.html": p_co_cau,
    f"{ROOT}/lien-he.html": p_lien_he,
    f"{ROOT}/lich-cong-tac.html": p_lich,
    f"{ROOT}/van-ban.html": p_van_ban_list,
    f"{ROOT}/van-ban/2517-kh-sgddt.html": p_van_ban,
    f"{ROOT}/thu-vien-anh.html": p_album_list,
    f"{ROOT}/thu-vien-anh/ky-niem-44-nam-ngay-nha-giao-viet-nam.html": p_album,
    f"{ROOT}/video.html": p_video_list,
    f"{ROOT}/video/ban-tin-giao-duc-thang-11-2026.html": p_video,
    f"{ROOT}/tim-kiem.html": p_search,
}

ROBOTS = "User-agent: *\nDisallow: /cms/\nDisallow: /engines/\nDisallow: /start\nDisallow: /modules/tools/\n"
_JSESSION = re.compile(r";jsessionid=[^/?#]*", re.IGNORECASE)


class JahiaSite:
    def __init__(self) -> None:
        self.node = {node_path(s): s for s in STORIES}
        self.render = {render_path(s): s for s in STORIES}
        self.vanity = {s.opts["vanity"]: s for s in STORIES if s.opts.get("vanity")}

    def respond(self, request: Request) -> Response | None:
        path = _JSESSION.sub("", request.path)
        if request.method == "POST":
            if path.endswith(".do"):
                back = request.form.get("jcrRedirectTo") or HOME
                return redirect(back, 303)
            return None
        if path == "/":
            return redirect(HOME, 302)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith(("/files/", "/modules/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in PAGES:
            return PAGES[path](request)
        for cat in CATS:
            if path == f"{ROOT}/tin-tuc/{cat}.html":
                return listing(cat, request)
        if path in self.render:
            return article(self.render[path], request)
        if path in self.vanity:
            return article(self.vanity[path], request)
        if path in self.node:
            s = self.node[path]
            if s.opts.get("vdef"):
                return redirect(base_url(request) + s.opts["vanity"], 301)
            return article(s, request)
        return None


def build_site() -> JahiaSite:
    return JahiaSite()


GOLD = [
    gold_record(s, public_path(s), CATS[s.cat][0], canonical_path=public_path(s), alt_paths=alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    f"{ROOT}/gioi-thieu/chuc-nang-nhiem-vu.html",
    f"{ROOT}/gioi-thieu/co-cau-to-chuc.html",
    f"{ROOT}/lien-he.html",
    f"{ROOT}/lich-cong-tac.html",
    f"{ROOT}/van-ban/2517-kh-sgddt.html",
    f"{ROOT}/thu-vien-anh/ky-niem-44-nam-ngay-nha-giao-viet-nam.html",
    f"{ROOT}/video/ban-tin-giao-duc-thang-11-2026.html",
]
