"""Fixture portal: Sở GD&ĐT tỉnh Lạng Sơn on Orchard Core CMS 1.x (ASP.NET Core).

Imitates an Orchard Core 1.8 site built by a local vendor on a theme derived from TheBlogTheme
(Bootstrap 4, ``/TheSgdTheme/…`` assets, the Liquid templates rewritten in Vietnamese). Content
items have Autoroute paths; the site holds two Blog items and a "Danh mục" taxonomy. What it
serves:

- BlogPost items of the "Tin tức" blog at ``/tin-tuc/<slug>`` and of the "Thông báo" blog at
  ``/thong-bao/<slug>``. Every content item is also served at Orchard's display route
  ``/Contents/ContentItems/<contentItemId>`` (a 26-character id): same page, with a
  ``rel=canonical`` to the Autoroute path. The home page's "Tin nổi bật" Flow widget links
  posts by that route.
- A post page: ``article.blogpost > header.post-header`` with ``h1.post-title``, the "Subtitle"
  text field (the sapo) in ``h2.subheading`` and ``div.post-meta`` ("Đăng ngày 24/11/2026 lúc
  16:40 bởi <a href="/tac-gia/…">Phòng …</a>", sometimes without the time, once with
  "· Cập nhật 14/11/2026 08:30"); the "Thông báo" blog's template prints its meta as icons
  ("📅 23/11/2026 08:00 | 👤 Văn phòng Sở"). Then ``div.post-content`` from the HtmlBodyPart
  (Trumbowyg: ``<img title="…">`` followed by an italic centred line, ``figure.image`` with or
  without ``figcaption``, right-aligned byline paragraphs) or from the MarkdownBodyPart (``h3``,
  ``ul``, a ``table``, ``<strong>Tác giả:</strong>`` lines); a "Tác giả"/"Nguồn" TextField box
  (``div.field-byline``) on some posts; a "Tệp đính kèm" MediaField; tags (``/tags/<term>``);
  share tools (Facebook, Zalo, "In bài" → ``javascript:window.print()``, "Lượt xem"); the
  ContainedPart list "Bài viết liên quan".
- Listings: the "Tin tức" blog ``/tin-tuc`` with Orchard's numbered pager ``?pagenum=N``
  (4 posts a page, 3 pages; page 1 links as ``/tin-tuc``); the "Thông báo" blog ``/thong-bao``
  with the slim pager ("‹ Bài mới hơn" / "Bài cũ hơn ›") whose cursors are UTC timestamps
  (``?before=2026-11-16T07%3A30%3A00.0000000Z`` / ``?after=…``); taxonomy term pages
  ``/danh-muc/<term>`` (``?pagenum=N``), tag pages ``/tags/<term>``, owner pages
  ``/tac-gia/<user>``; search ``/search?Terms=…&pagenum=N``; RSS ``/rss?contentItemId=<blog>``;
  ``/sitemap.xml``.
- Non-articles: ``/gioi-thieu`` (a Page with a Flow of widgets), ``/lien-he`` (Form widget),
  ``/van-ban`` and ``/van-ban/<slug>`` (a "Văn bản" content type: Số ký hiệu, Ngày ban hành,
  Trích yếu, Người ký, a file ``/media/van-ban/….pdf``), ``/thu-vien-anh`` and
  ``/thu-vien-anh/<slug>`` (Gallery items: images with one-line captions, no text), ``/Login``.
- Chrome: header "Thứ Tư, ngày 25/11/2026", search box, main menu, breadcrumbs ("Trang chủ /
  Tin tức / Hoạt động ngành"), left zone "Danh mục" (term menu with counts) and "Văn bản điều
  hành", right zone "Tin mới" (with dates) and "Thống kê truy cập", banners, footer with the
  Sở's address and hotline.

Traps and hard cases: the cursor pager answers 200 for any timestamp, and its "‹ Bài mới hơn"
link from page 2 (``?after=…``) serves page 1 again under another URL; an unreadable cursor is
page 1. ``?pagenum=0`` and ``?pagenum=abc`` are page 1; an out-of-range ``?pagenum=9`` answers
200 with "Không có bài viết nào." and the pager. ``/Contents/ContentItems/<id>`` duplicates
every post (canonical to the Autoroute path; in ``alt_paths``). Resized images carry
ImageSharp's ``?width=…&rmode=max&token=…`` (kept in the gold path). One Markdown post was typed
in decomposed Unicode (NFD).

Gold (by hand). Articles are the BlogPost items of both blogs; pages, documents, galleries,
listings, search, login are not. Judgement calls:
- Category: the "Danh mục" term the breadcrumb and the post's "Danh mục:" line name ("Hoạt
  động ngành", "Giáo dục phổ thông"); the "Thông báo" posts carry the term "Thông báo".
- Date: the "Đăng ngày" date (time when printed, +07:00); the "Cập nhật" date is not it; a
  post printing only a date has a date-only gold. The URL cursor's UTC timestamps are not dates
  a reader sees.
- Authors: names printed in the article's own byline ("Tác giả: X", "Bài: X - Ảnh: Y", "Tin,
  ảnh: X" → X in both lists, a bare bold name at the end). The "bởi <Phòng …>" in the meta line
  is Orchard's owner account (linked to its ``/tac-gia/`` list of posts): an office there wrote
  the post when nothing signs its text (harmonised after the blind crawl with every other
  fixture's gold; the helper's first gold gave no author), "Ban biên tập" is nobody. "Nguồn: …" gives the source.
- The Subtitle (``h2.subheading``) is the summary and the body's first paragraph.
- Captions: the italic line under an ``img`` (its ``title`` repeats it) or the ``figcaption``;
  a ``figure`` without ``figcaption`` and a bare image with only ``alt`` have none. "(Ảnh:
  Hoàng Anh)" at the end of a caption stays in it and names a photographer.
- Body: paragraphs, ``h3`` subheads and list items in order, a table row as its cells joined by
  " | "; bylines, tags, attachments and the related list are not body.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "orchardcore_sgddt"
PLATFORM = "orchardcore"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"
THEME = "/TheSgdTheme"
NEWS_PER_PAGE = 4
TERM_PER_PAGE = 4
NOTICE_PER_PAGE = 2

#: taxonomy "Danh mục": term slug -> printed name
TERMS: dict[str, str] = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "giao-duc-pho-thong": "Giáo dục phổ thông",
    "thong-bao": "Thông báo",
}
#: blogs: path -> (title, blog content item id seed)
BLOGS: dict[str, str] = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
#: owner accounts: slug -> display name
OWNERS: dict[str, str] = {
    "phong-gdtrh": "Phòng GDTrH",
    "van-phong-so": "Văn phòng Sở",
    "phong-gdmn-th": "Phòng GDMN-TH",
    "ban-bien-tap": "Ban biên tập",
}
TAGS: dict[str, str] = {
    "chuyen-doi-so": "chuyển đổi số",
    "nha-giao": "nhà giáo",
    "hoc-sinh": "học sinh",
    "nam-hoc-2026-2027": "năm học 2026-2027",
    "kiem-tra-danh-gia": "kiểm tra đánh giá",
    "tuyen-dung": "tuyển dụng",
}


def content_id(seed: str) -> str:
    """A 26-character Orchard content item id, fixed per seed."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % 36] for b in digest[:26])


def _media(path: str, width: int | None = None) -> str:
    """A media URL; with ``width`` the ImageSharp resize query and its token."""
    url = f"/media/{path}"
    if width is None:
        return url
    token = hashlib.sha256(f"{path}{width}".encode()).hexdigest()[:40]
    return f"{url}?width={width}&rmode=max&token={token}"


# Story.opts: when (local datetime; also the CreatedUtc cursor), blog, meta (timed | date |
# updated), updated (datetime), owner (OWNERS key), body (html | md), nfd, tags, featured,
# byline_box ([(label, value)]), attachment (media path).
# P styles: "" paragraph, h3, li, th/tr (table rows, cells " | ").
# Img styles: title (img title= + italic line), figure, figure-bare, bare (alt only).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-nam-2026",
        title="Hội nghị giao ban công tác giáo dục tháng 11 năm 2026",
        cat="hoat-dong-nganh",
        published_at="2026-11-24T16:40:00+07:00",
        summary=(
            "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến công tác"
            " giáo dục tháng 11, triển khai nhiệm vụ trọng tâm tháng 12 năm 2026 với 11 điểm cầu"
            " tại các xã, phường trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo tại hội nghị cho biết, trong tháng 11, toàn ngành đã tổ chức nhiều hoạt động"
                " thiết thực chào mừng Ngày Nhà giáo Việt Nam 20/11; hoàn thành việc rà soát, bổ"
                " sung thiết bị dạy học tối thiểu cho 38 trường tiểu học và trung học cơ sở vùng"
                " biên giới."
            ),
            Img(
                _media("tin-tuc/2026/11/giao-ban-thang-11-01.jpg"),
                "Đồng chí Giám đốc Sở GD&ĐT chủ trì hội nghị giao ban",
                "Đồng chí Giám đốc Sở GD&ĐT chủ trì hội nghị giao ban",
                "title",
            ),
            P(
                "Tỷ lệ học sinh ra lớp ở các cấp học đạt và vượt kế hoạch; công tác bán trú tại các"
                " trường phổ thông dân tộc bán trú được duy trì ổn định. Tuy nhiên, thời tiết chuyển"
                " rét sớm đặt ra yêu cầu chuẩn bị chăn, áo ấm và nước nóng cho học sinh ở các điểm"
                " trường xa."
            ),
            Img(
                _media("tin-tuc/2026/11/giao-ban-thang-11-02.jpg"),
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "title",
            ),
            P(
                "Kết luận hội nghị, đồng chí Giám đốc Sở yêu cầu các đơn vị tập trung ôn tập, tổ"
                " chức kiểm tra cuối học kỳ I nghiêm túc, khách quan; chủ động phương án phòng,"
                " chống rét, bảo đảm an toàn cho học sinh trong mùa đông."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tác giả: Hoàng Thu Trang</strong><br>'
                "Ảnh: Lộc Văn Hưng</p>"
            ),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Lộc Văn Hưng"],
        opts={
            "when": datetime(2026, 11, 24, 16, 40),
            "blog": "tin-tuc",
            "meta": "timed",
            "owner": "ban-bien-tap",
            "body": "html",
            "tags": ["nam-hoc-2026-2027"],
            "featured": True,
        },
    ),
    Story(
        id=2,
        slug="tuyen-duong-120-nha-giao-tieu-bieu-nhan-ngay-nha-giao-viet-nam",
        title="Tuyên dương 120 nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-nganh",
        published_at="2026-11-20T10:05:00+07:00",
        blocks=[
            P(
                "Sáng 19/11, tại Hội trường Trung tâm Hội nghị tỉnh, Sở Giáo dục và Đào tạo tổ chức"
                " lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương 120 nhà giáo, cán bộ quản"
                " lý giáo dục tiêu biểu năm học 2025-2026."
            ),
            Img(
                _media("tin-tuc/2026/11/tuyen-duong-nha-giao-01.jpg", 1024),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
            P(
                "Các nhà giáo được tuyên dương là những thầy cô có nhiều đóng góp trong đổi mới"
                " phương pháp dạy học, bồi dưỡng học sinh giỏi, gắn bó lâu năm với các điểm trường"
                " vùng cao, biên giới như Bình Gia, Đình Lập, Cao Lộc."
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo UBND tỉnh ghi nhận những nỗ lực của đội"
                " ngũ nhà giáo, đồng thời đề nghị ngành tiếp tục quan tâm chế độ, chính sách đối với"
                " giáo viên công tác ở vùng đặc biệt khó khăn."
            ),
            Img(
                _media("tin-tuc/2026/11/tuyen-duong-nha-giao-02.jpg", 1024),
                "Tiết mục văn nghệ chào mừng của học sinh Trường THPT Việt Bắc",
                "Tiết mục văn nghệ chào mừng của học sinh Trường THPT Việt Bắc",
                "figure",
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Nông Thị Hà</em></p>'),
        ],
        authors=["Nông Thị Hà"],
        photographers=["Nông Thị Hà"],
        opts={
            "when": datetime(2026, 11, 20, 10, 5),
            "blog": "tin-tuc",
            "meta": "timed",
            "owner": "van-phong-so",
            "body": "html",
            "tags": ["nha-giao"],
            "featured": True,
        },
    ),
    Story(
        id=3,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-2026",
        title="Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
        cat="hoat-dong-nganh",
        published_at="2026-11-12",
        blocks=[
            P(
                "Từ ngày 10 đến 11/11, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn chuyển đổi số"
                " trong quản lý trường học cho hơn 300 cán bộ quản lý, nhân viên văn thư các trường"
                " trung học phổ thông và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên."
            ),
            P("Nội dung tập huấn", "h3"),
            P("Sử dụng hệ thống hồ sơ điện tử và học bạ số;", "li"),
            P("Ký số văn bản, hồ sơ trên phần mềm quản lý văn bản điều hành;", "li"),
            P("Bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân của học sinh.", "li"),
            Img(_media("tin-tuc/2026/11/tap-huan-chuyen-doi-so.jpg"), None, None, "bare"),
            P(
                "Sau tập huấn, các đơn vị hoàn thành việc triển khai học bạ số đối với học sinh lớp"
                " 10 trước ngày 31/12/2026 và báo cáo kết quả về Sở qua Phòng Giáo dục trung học."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 12, 7, 55),
            "blog": "tin-tuc",
            "meta": "updated",
            "updated": datetime(2026, 11, 14, 8, 30),
            "owner": "phong-gdtrh",
            "body": "md",
            "tags": ["chuyen-doi-so"],
        },
    ),
    Story(
        id=4,
        slug="kiem-tra-cong-tac-chuan-bi-nam-hoc-tai-cac-truong-vung-bien",
        title="Kiểm tra công tác chuẩn bị năm học tại các trường vùng biên",
        cat="hoat-dong-nganh",
        published_at="2026-10-30T14:00:00+07:00",
        summary=(
            "Đoàn công tác của Sở Giáo dục và Đào tạo đã kiểm tra cơ sở vật chất, đội ngũ và công"
            " tác bán trú tại 9 trường học thuộc các xã biên giới của huyện Tràng Định và Văn Lãng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Trường PTDTBT THCS Quốc Khánh, đoàn ghi nhận nhà trường đã sửa chữa xong khu nội"
                " trú, bếp ăn một chiều và bổ sung hệ thống nước sạch cho 186 học sinh ở lại trường."
            ),
            Img(
                _media("tin-tuc/2026/10/kiem-tra-vung-bien.jpg", 800),
                "Đoàn kiểm tra bếp ăn bán trú của Trường PTDTBT THCS Quốc Khánh",
                "Đoàn kiểm tra bếp ăn bán trú của Trường PTDTBT THCS Quốc Khánh",
                "title",
            ),
            P(
                "Đoàn đề nghị các trường tiếp tục rà soát học sinh có nguy cơ bỏ học, phối hợp với"
                " đồn biên phòng và chính quyền địa phương vận động các em trở lại lớp."
            ),
        ],
        authors=["Vy Thành Long"],
        source="Báo Lạng Sơn",
        opts={
            "when": datetime(2026, 10, 30, 14, 0),
            "blog": "tin-tuc",
            "meta": "timed",
            "owner": "ban-bien-tap",
            "body": "html",
            "tags": ["hoc-sinh"],
            "byline_box": [("Tác giả", "Vy Thành Long"), ("Nguồn", "Báo Lạng Sơn")],
        },
    ),
    Story(
        id=5,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-lang-son-lan-thu-xi",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Lạng Sơn lần thứ XI",
        cat="hoat-dong-nganh",
        published_at="2026-10-15T08:30:00+07:00",
        blocks=[
            P(
                "Sáng 14/10, tại Nhà thi đấu tỉnh, Hội khỏe Phù Đổng tỉnh Lạng Sơn lần thứ XI năm"
                " 2026 chính thức khai mạc với sự tham gia của hơn 1.200 vận động viên là học sinh"
                " đến từ các trường phổ thông trên địa bàn tỉnh."
            ),
            Img(
                _media("tin-tuc/2026/10/hkpd-khai-mac-01.jpg"),
                "Màn đồng diễn thể dục của học sinh thành phố Lạng Sơn",
                "Màn đồng diễn thể dục của học sinh thành phố Lạng Sơn",
                "figure",
            ),
            P(
                "Các vận động viên tranh tài ở 10 môn: điền kinh, bơi lội, bóng đá, cầu lông, bóng"
                " bàn, cờ vua, đá cầu, võ thuật cổ truyền, kéo co và đẩy gậy. Giải diễn ra đến hết"
                " ngày 20/10/2026."
            ),
            Img(_media("tin-tuc/2026/10/hkpd-khai-mac-02.jpg"), None, None, "figure-bare"),
            Img(
                _media("tin-tuc/2026/10/hkpd-khai-mac-03.jpg"),
                "Vận động viên thi đấu môn đẩy gậy (Ảnh: Hoàng Anh)",
                "Vận động viên thi đấu môn đẩy gậy (Ảnh: Hoàng Anh)",
                "title",
            ),
            P(
                "Hội khỏe Phù Đổng là dịp để đánh giá kết quả công tác giáo dục thể chất trong nhà"
                " trường, đồng thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Lương Thị Thảo - Ảnh: Hoàng Anh'
                "</strong></p>"
            ),
        ],
        authors=["Lương Thị Thảo"],
        photographers=["Hoàng Anh"],
        opts={
            "when": datetime(2026, 10, 15, 8, 30),
            "blog": "tin-tuc",
            "meta": "timed",
            "owner": "ban-bien-tap",
            "body": "html",
            "tags": ["hoc-sinh"],
        },
    ),
    Story(
        id=6,
        slug="huong-dan-to-chuc-kiem-tra-cuoi-hoc-ky-i-cap-thcs-thpt",
        title="Hướng dẫn tổ chức kiểm tra cuối học kỳ I cấp THCS, THPT năm học 2026-2027",
        cat="giao-duc-pho-thong",
        published_at="2026-11-18T15:20:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo hướng dẫn các trường trung học cơ sở, trung học phổ thông tổ"
                " chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 theo Thông tư số"
                " 22/2021/TT-BGDĐT."
            ),
            P("Lịch kiểm tra các môn chung", "h3"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("24/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("Yêu cầu đối với các đơn vị", "h3"),
            P("Đề kiểm tra bám sát yêu cầu cần đạt của chương trình, có ma trận và đặc tả;", "li"),
            P("Tổ chức coi, chấm nghiêm túc, không gây áp lực cho học sinh;", "li"),
            P("Cập nhật điểm lên phần mềm quản lý trước ngày 05/01/2027.", "li"),
        ],
        opts={
            "when": datetime(2026, 11, 18, 15, 20),
            "blog": "tin-tuc",
            "meta": "timed",
            "owner": "phong-gdtrh",
            "body": "md",
            "nfd": True,
            "tags": ["kiem-tra-danh-gia", "nam-hoc-2026-2027"],
        },
    ),
    Story(
        id=7,
        slug="truong-thpt-chuyen-chu-van-an-to-chuc-ngay-hoi-stem",
        title="Trường THPT Chuyên Chu Văn An tổ chức Ngày hội STEM",
        cat="giao-duc-pho-thong",
        published_at="2026-11-05T09:45:00+07:00",
        summary=(
            "Ngày hội STEM năm 2026 của Trường THPT Chuyên Chu Văn An thu hút hơn 900 học sinh"
            " tham gia với 42 gian trưng bày sản phẩm khoa học, công nghệ, kỹ thuật và toán học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các sản phẩm do học sinh tự thiết kế như hệ thống tưới cây tự động, mô hình nhà"
                " thông minh, robot phân loại rác đã được trưng bày và vận hành trực tiếp, nhận được"
                " sự quan tâm của đông đảo thầy cô, phụ huynh."
            ),
            Img(
                _media("tin-tuc/2026/11/ngay-hoi-stem-01.jpg", 1024),
                "Học sinh lớp 11 Tin giới thiệu mô hình nhà thông minh",
                "Học sinh lớp 11 Tin giới thiệu mô hình nhà thông minh",
                "figure",
            ),
            P(
                "Ban tổ chức đã trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho các sản phẩm xuất sắc;"
                " một số sản phẩm sẽ được lựa chọn tham dự Cuộc thi khoa học kỹ thuật cấp tỉnh."
            ),
            Img(
                _media("tin-tuc/2026/11/ngay-hoi-stem-02.jpg", 1024),
                "Robot phân loại rác của nhóm học sinh lớp 10 Lý",
                "Robot phân loại rác của nhóm học sinh lớp 10 Lý",
                "figure",
            ),
        ],
        authors=["Đinh Văn Phúc"],
        opts={
            "when": datetime(2026, 11, 5, 9, 45),
            "blog": "tin-tuc",
            "meta": "timed",
            "owner": "phong-gdtrh",
            "body": "html",
            "tags": ["hoc-sinh"],
            "featured": True,
            "byline_box": [("Tác giả", "Đinh Văn Phúc")],
        },
    ),
    Story(
        id=8,
        slug="nang-cao-chat-luong-day-hoc-tieng-anh-o-cac-truong-vung-cao",
        title="Nâng cao chất lượng dạy học tiếng Anh ở các trường vùng cao",
        cat="giao-duc-pho-thong",
        published_at="2026-10-22",
        blocks=[
            P(
                "Năm học này, Trường PTDTNT tỉnh triển khai mô hình câu lạc bộ tiếng Anh vào các"
                " buổi tối trong tuần, giúp học sinh người dân tộc thiểu số tự tin hơn khi giao"
                " tiếp bằng ngoại ngữ."
            ),
            Img(
                _media("tin-tuc/2026/10/clb-tieng-anh.jpg"),
                "Một buổi sinh hoạt câu lạc bộ tiếng Anh tại khu nội trú",
                "Một buổi sinh hoạt câu lạc bộ tiếng Anh tại khu nội trú",
                "title",
            ),
            P(
                "Nhà trường cũng phối hợp với các tình nguyện viên nước ngoài tổ chức các buổi trò"
                " chuyện trực tuyến, đồng thời khai thác học liệu số của Bộ Giáo dục và Đào tạo để"
                " học sinh tự học ngoài giờ lên lớp."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguồn: Trường PTDTNT tỉnh Lạng Sơn'
                "</strong></p>"
            ),
        ],
        source="Trường PTDTNT tỉnh Lạng Sơn",
        opts={
            "when": datetime(2026, 10, 22, 10, 12),
            "blog": "tin-tuc",
            "meta": "date",
            "owner": "phong-gdtrh",
            "body": "html",
            "tags": ["hoc-sinh"],
        },
    ),
    Story(
        id=9,
        slug="trien-khai-noi-dung-giao-duc-dia-phuong-lop-10-nam-hoc-2026-2027",
        title="Triển khai nội dung giáo dục địa phương lớp 10 năm học 2026-2027",
        cat="giao-duc-pho-thong",
        published_at="2026-10-08T16:10:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học, Sở Giáo dục và Đào tạo đã biên soạn, phát hành tài liệu"
                " giáo dục địa phương tỉnh Lạng Sơn lớp 10 và hướng dẫn các trường tổ chức dạy học"
                " từ học kỳ I năm học 2026-2027."
            ),
            P("Những điểm mới của tài liệu", "h3"),
            P(
                "Tài liệu gồm 8 chủ đề về lịch sử, văn hóa, địa lý, kinh tế của tỉnh, trong đó có"
                " các chủ đề về di tích Chi Lăng, văn hóa dân tộc Tày, Nùng và kinh tế cửa khẩu."
            ),
            P("Tổ chức dạy học", "h3"),
            P(
                "Các trường bố trí 35 tiết trong năm học, khuyến khích tổ chức học tập trải nghiệm"
                " tại di tích, bảo tàng và làng nghề truyền thống trên địa bàn."
            ),
            Raw('<p style="text-align: right;"><strong>Hà Minh Đức</strong></p>'),
        ],
        authors=["Hà Minh Đức"],
        opts={
            "when": datetime(2026, 10, 8, 16, 10),
            "blog": "tin-tuc",
            "meta": "timed",
            "owner": "phong-gdtrh",
            "body": "html",
            "tags": ["nam-hoc-2026-2027"],
        },
    ),
    Story(
        id=10,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-vien-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo viên năm 2026",
        cat="thong-bao",
        published_at="2026-11-23T08:00:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn thông báo tuyển dụng 146 chỉ tiêu viên chức"
                " giáo viên cho các trường trung học phổ thông, trường phổ thông dân tộc nội trú và"
                " trung tâm giáo dục thường xuyên trực thuộc Sở."
            ),
            P("Người dự tuyển nộp Phiếu đăng ký dự tuyển theo mẫu;", "li"),
            P("Thời gian nhận phiếu: từ ngày 01/12/2026 đến hết ngày 30/12/2026;", "li"),
            P("Địa điểm: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo.", "li"),
            P("Chi tiết chỉ tiêu, vị trí việc làm xem tại tệp đính kèm."),
        ],
        opts={
            "when": datetime(2026, 11, 23, 8, 0),
            "blog": "thong-bao",
            "meta": "icons",
            "owner": "van-phong-so",
            "body": "html",
            "tags": ["tuyen-dung"],
            "attachment": "thong-bao/2026/11/TB-tuyen-dung-vien-chuc-2026.pdf",
        },
    ),
    Story(
        id=11,
        slug="thong-bao-lich-tiep-cong-dan-thang-12-nam-2026",
        title="Thông báo lịch tiếp công dân tháng 12 năm 2026",
        cat="thong-bao",
        published_at="2026-11-16T14:30:00+07:00",
        blocks=[
            P(
                "Giám đốc Sở Giáo dục và Đào tạo tiếp công dân định kỳ vào ngày 15/12/2026 tại Phòng"
                " tiếp công dân, tầng 1 trụ sở Sở."
            ),
            P(
                "Ngoài lịch định kỳ, Văn phòng Sở tiếp công dân thường xuyên vào các ngày làm việc"
                " trong tuần, trừ ngày lễ, Tết theo quy định."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 16, 14, 30),
            "blog": "thong-bao",
            "meta": "icons",
            "owner": "van-phong-so",
            "body": "html",
            "tags": [],
        },
    ),
    Story(
        id=12,
        slug="thong-bao-ket-qua-xet-duyet-sang-kien-cap-nganh-nam-2026",
        title="Thông báo kết quả xét duyệt sáng kiến cấp ngành năm 2026",
        cat="thong-bao",
        published_at="2026-11-02",
        blocks=[
            P(
                "Hội đồng sáng kiến ngành Giáo dục và Đào tạo đã xét, công nhận 215 sáng kiến có"
                " phạm vi ảnh hưởng cấp ngành năm 2026, trong đó cấp học mầm non 48, tiểu học 61,"
                " trung học cơ sở 57 và trung học phổ thông 49 sáng kiến."
            ),
            P(
                "Các đơn vị có trách nhiệm thông báo kết quả tới tác giả sáng kiến và lưu hồ sơ theo"
                " quy định."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 2, 9, 20),
            "blog": "thong-bao",
            "meta": "icons-date",
            "owner": "van-phong-so",
            "body": "md",
            "tags": [],
        },
    ),
    Story(
        id=13,
        slug="to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh",
        title="Tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-10-19T10:00:00+07:00",
        blocks=[
            P(
                "Hội thi dành cho giáo viên chủ nhiệm lớp các trường trung học phổ thông, phổ thông"
                " dân tộc nội trú trên địa bàn tỉnh, diễn ra từ ngày 16 đến 18/12/2026."
            ),
            P(
                "Mỗi đơn vị cử tối đa 2 giáo viên tham dự; danh sách gửi về Sở qua Phòng Giáo dục"
                " trung học trước ngày 20/11/2026."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 19, 10, 0),
            "blog": "thong-bao",
            "meta": "icons",
            "owner": "phong-gdtrh",
            "body": "html",
            "tags": ["nha-giao"],
        },
    ),
]

_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
_BY_SLUG = {(s.opts["blog"], s.slug): s for s in STORIES}
_BY_CID = {content_id(f"post-{s.id}"): s for s in STORIES}


def article_path(s: Story) -> str:
    return f"/{s.opts['blog']}/{s.slug}"


def display_path(s: Story) -> str:
    return f"/Contents/ContentItems/{content_id(f'post-{s.id}')}"


def in_blog(blog: str) -> list[Story]:
    return [s for s in _LATEST if s.opts["blog"] == blog]


def in_term(term: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == term]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def cursor(s: Story) -> str:
    """The slim pager's cursor: the post's CreatedUtc as Orchard writes it."""
    utc = s.opts["when"] - timedelta(hours=7)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.0000000Z")


def cursor_q(s: Story) -> str:
    return quote(cursor(s), safe="")


@dataclass(frozen=True)
class Doc:
    slug: str
    number: str
    issued: date
    abstract: str
    signer: str
    file: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}"


DOCS: list[Doc] = [
    Doc(
        "huong-dan-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        "2315/SGDĐT-GDTrH",
        date(2026, 9, 12),
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        "Phó Giám đốc Nguyễn Văn Lâm",
        "/media/van-ban/2026/2315-SGDDT-GDTrH.pdf",
    ),
    Doc(
        "ke-hoach-phong-chong-ret-cho-hoc-sinh-mua-dong-2026",
        "198/KH-SGDĐT",
        date(2026, 11, 10),
        "Kế hoạch phòng, chống rét cho học sinh mùa đông năm 2026",
        "Giám đốc Lăng Văn Bình",
        "/media/van-ban/2026/198-KH-SGDDT.pdf",
    ),
    Doc(
        "quyet-dinh-cong-nhan-sang-kien-cap-nganh-nam-2026",
        "1642/QĐ-SGDĐT",
        date(2026, 10, 30),
        "Quyết định công nhận sáng kiến có phạm vi ảnh hưởng cấp ngành năm 2026",
        "Giám đốc Lăng Văn Bình",
        "/media/van-ban/2026/1642-QD-SGDDT.pdf",
    ),
]
_DOCS = {d.path: d for d in DOCS}

#: galleries: slug -> (title, [(image, caption)])
GALLERIES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "hoi-khoe-phu-dong-lan-thu-xi": (
        "Hội khỏe Phù Đổng tỉnh lần thứ XI",
        [
            (_media("thu-vien-anh/hkpd-2026/01.jpg", 640), "Lễ diễu hành khai mạc"),
            (_media("thu-vien-anh/hkpd-2026/02.jpg", 640), "Thi đấu bóng bàn nữ"),
            (_media("thu-vien-anh/hkpd-2026/03.jpg", 640), "Trao giải môn cờ vua"),
        ],
    ),
    "le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026": (
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        [
            (_media("thu-vien-anh/20-11-2026/01.jpg", 640), "Quang cảnh buổi lễ"),
            (_media("thu-vien-anh/20-11-2026/02.jpg", 640), "Các nhà giáo nhận Bằng khen"),
        ],
    ),
}

ATTACHMENTS = {f"/media/{s.opts['attachment']}" for s in STORIES if s.opts.get("attachment")}
ATTACHMENTS |= {d.file for d in DOCS}

GOLD: list[dict] = [
    gold_record(s, article_path(s), TERMS[s.cat], alt_paths=[display_path(s)]) for s in _LATEST
]
# An office named in the post's "bởi …" field wrote the post when its text signs nowhere, as every
# other fixture's gold has it (harmonised after the blind crawl; the editorial board is nobody)
for _gold, _story in zip(GOLD, _LATEST, strict=True):
    if not _gold["authors"] and _story.opts["owner"] != "ban-bien-tap":
        _gold["authors"] = [OWNERS[_story.opts["owner"]]]

_NOTICES = in_blog("thong-bao")

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(
        f"/tin-tuc?pagenum={n}"
        for n in range(2, _pages(len(in_blog("tin-tuc")), NEWS_PER_PAGE) + 1)
    ),
    "/thong-bao",
    f"/thong-bao?before={cursor_q(_NOTICES[NOTICE_PER_PAGE - 1])}",
    *(f"/danh-muc/{t}" for t in TERMS),
    *(
        f"/danh-muc/{t}?pagenum={n}"
        for t in TERMS
        for n in range(2, _pages(len(in_term(t)), TERM_PER_PAGE) + 1)
    ),
    *(f"/tags/{t}" for t in TAGS),
    *(f"/tac-gia/{o}" for o in OWNERS if any(s.opts["owner"] == o for s in STORIES)),
    "/gioi-thieu",
    "/lien-he",
    "/van-ban",
    *(d.path for d in DOCS),
    "/thu-vien-anh",
    *(f"/thu-vien-anh/{g}" for g in GALLERIES),
    "/Login",
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    return text(value, nfd=bool(s and s.opts.get("nfd")))


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _posted_line(s: Story) -> str:
    when: datetime = s.opts["when"]
    owner = s.opts["owner"]
    who = f'<a href="/tac-gia/{owner}">{OWNERS[owner]}</a>'
    meta = s.opts["meta"]
    if meta in ("icons", "icons-date"):
        shown = _dmy(when) if meta == "icons-date" else f"{_dmy(when)} {when:%H:%M}"
        return (
            '<div class="post-meta post-meta--notice">'
            f'<span class="meta-date"><i class="fa fa-calendar-o"></i> {shown}</span>'
            ' <span class="sep">|</span> '
            f'<span class="meta-owner"><i class="fa fa-user-o"></i> {who}</span></div>'
        )
    if meta in ("date", "updated"):
        shown = f"Đăng ngày {_dmy(when)}"
    else:
        shown = (
            f'Đăng ngày <time datetime="{when:%Y-%m-%dT%H:%M:%S}+07:00">{_dmy(when)} lúc'
            f" {when:%H:%M}</time>"
        )
    line = f"{shown} bởi {who}"
    if meta == "updated":
        up: datetime = s.opts["updated"]
        line += f' <span class="modified">· Cập nhật {_dmy(up)} {up:%H:%M}</span>'
    return f'<div class="post-meta">{line}</div>'


def _img(img: Img, s: Story) -> str:
    src = esc(img.src)
    if img.style == "title":
        return (
            f'<p style="text-align: center;"><img src="{src}" alt="{esc(img.printed or "")}"'
            f' title="{esc(img.printed or "")}" style="width: 100%;"></p>'
            f'<p style="text-align: center;"><em>{_t(img.printed or "", s)}</em></p>'
        )
    if img.style == "figure":
        return (
            f'<figure class="image"><img src="{src}" alt="">'
            f"<figcaption>{_t(img.printed or '', s)}</figcaption></figure>"
        )
    if img.style == "figure-bare":
        return f'<figure class="image"><img src="{src}" alt=""></figure>'
    name = img.src.rsplit("/", 1)[1].split("?")[0]
    return f'<p><img src="{src}" alt="{esc(name)}"></p>'


def _body(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, s)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{_t(c, s)}</{tag}>" for c in row.text.split(" | "))
                rows.append(
                    f"<thead><tr>{cells}</tr></thead>" if tag == "th" else f"<tr>{cells}</tr>"
                )
                i += 1
            head = rows[0] if rows[0].startswith("<thead>") else ""
            tbody = "".join(r for r in rows if not r.startswith("<thead>"))
            out.append(f'<table class="table table-bordered">{head}<tbody>{tbody}</tbody></table>')
            continue
        if isinstance(b, P):
            tag = "h3" if b.style == "h3" else "p"
            out.append(f"<{tag}>{_t(b.text, s)}</{tag}>")
        elif isinstance(b, Img):
            out.append(_img(b, s))
        else:
            out.append(b.html)
        i += 1
    sep = "\n" if s.opts["body"] == "md" else ""
    return sep.join(out)


def _related(s: Story) -> str:
    others = [o for o in _LATEST if o.cat == s.cat and o is not s][:4]
    if not others:
        return ""
    items = "".join(
        f'<li class="list-group-item"><a href="{article_path(o)}">{esc(o.title)}</a>'
        f' <span class="text-muted">({_dmy(o.opts["when"])})</span></li>'
        for o in others
    )
    return (
        '<section class="contained-items related-posts"><h4 class="section-title">Bài viết liên'
        f' quan</h4><ul class="list-group list-group-flush">{items}</ul></section>'
    )


def _article(s: Story, base: str) -> str:
    blog = s.opts["blog"]
    sub = f'<h2 class="subheading">{esc(s.summary)}</h2>' if s.summary else ""
    box = ""
    if s.opts.get("byline_box"):
        box = '<div class="field-byline">' + "".join(
            f'<div class="field field-type-textfield"><span class="field-label">{label}:</span>'
            f" {esc(value)}</div>"
            for label, value in s.opts["byline_box"]
        ) + "</div>"  # fmt: skip
    attach = ""
    if s.opts.get("attachment"):
        path = f"/media/{s.opts['attachment']}"
        attach = (
            '<div class="field field-type-mediafield field-name-blogpost-tepdinhkem">'
            '<span class="field-label">Tệp đính kèm:</span><ul class="attachments">'
            f'<li><i class="fa fa-file-pdf-o"></i> <a href="{path}" target="_blank">'
            f"{path.rsplit('/', 1)[1]}</a></li></ul></div>"
        )
    tags = ""
    if s.opts.get("tags"):
        tags = '<div class="tags"><span class="tags-label">Từ khóa:</span> ' + " ".join(
            f'<a class="badge badge-light" href="/tags/{t}">{TAGS[t]}</a>' for t in s.opts["tags"]
        ) + "</div>"  # fmt: skip
    share = quote(base + article_path(s), safe="")
    tools = (
        '<div class="post-tools">'
        f'<a class="btn-share fb" href="https://www.facebook.com/sharer/sharer.php?u={share}"'
        ' target="_blank" rel="noopener">Chia sẻ</a> '
        f'<a class="btn-share zalo" href="https://sp.zalo.me/share_inline?url={share}" target="_blank"'
        ' rel="noopener">Zalo</a> '
        '<a class="btn-print" href="javascript:window.print()">In bài</a> '
        f'<span class="views"><i class="fa fa-eye"></i> Lượt xem: {s.views()}</span></div>'
    )
    term = f'<div class="post-term">Danh mục: <a href="/danh-muc/{s.cat}">{TERMS[s.cat]}</a></div>'
    kind = "markdownbodypart" if s.opts["body"] == "md" else "htmlbodypart"
    article = (
        f'<article class="content-item blogpost" data-content-item-id="{content_id(f"post-{s.id}")}">'
        f'<header class="post-header"><h1 class="post-title">{esc(s.title)}</h1>{sub}'
        f"{_posted_line(s)}{term}</header>"
        f'<div class="post-content {kind}">{_body(s)}</div>'
        f"{box}{attach}{tags}{tools}</article>"
        f"{_related(s)}"
    )
    crumbs = [("Trang chủ", "/"), (BLOGS[blog], f"/{blog}")]
    if blog == "tin-tuc":
        crumbs.append((TERMS[s.cat], f"/danh-muc/{s.cat}"))
    head = (
        f'<link rel="canonical" href="{base}{article_path(s)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta name="description" content="{esc(s.summary or s.title)}" />\n'
    )
    return _layout(s.title, article, crumbs, head, "blogpost")


# --- chrome ---------------------------------------------------------------------------------


def _menu() -> str:
    items = [
        ("/", "Trang chủ"),
        ("/gioi-thieu", "Giới thiệu"),
        ("/tin-tuc", "Tin tức"),
        ("/thong-bao", "Thông báo"),
        ("/van-ban", "Văn bản"),
        ("/thu-vien-anh", "Thư viện ảnh"),
        ("/lien-he", "Liên hệ"),
    ]
    lis = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{h}">{label}</a></li>'
        for h, label in items
    )
    return (
        '<nav class="navbar navbar-expand-lg navbar-dark bg-primary" id="mainNav"><div class="container">'
        '<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarResponsive">'
        'Menu <i class="fa fa-bars"></i></button><div class="collapse navbar-collapse" id="navbarResponsive">'
        f'<ul class="navbar-nav menu menu-main-menu">{lis}</ul></div></div></nav>'
    )  # fmt: skip


def _header() -> str:
    return (
        '<div class="topbar"><div class="container d-flex justify-content-between">'
        f'<span class="today">{TODAY}</span>'
        '<span class="topbar-links"><a href="/Login">Đăng nhập</a> | <a href="/sitemap.xml">Sơ đồ'
        " trang</a></span></div></div>"
        '<header class="site-header"><div class="container d-flex align-items-center">'
        f'<a class="brand" href="/"><img src="{THEME}/images/logo-sgddt.png" alt="Logo"></a>'
        '<div class="brand-text"><div class="brand-line1">UBND TỈNH LẠNG SƠN</div>'
        '<div class="brand-line2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</div></div>'
        '<form class="search-form ml-auto" action="/search" method="get">'
        '<input type="text" name="Terms" class="form-control" placeholder="Tìm kiếm...">'
        '<button type="submit" class="btn btn-search"><i class="fa fa-search"></i></button></form>'
        "</div></header>"
    )


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in trail:
        parts.append(
            f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>'
            if href
            else f'<li class="breadcrumb-item active">{esc(label)}</li>'
        )
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(parts)}</ol></nav>'


def _widget(kind: str, title: str, content: str) -> str:
    return (
        f'<div class="widget widget-{kind}"><div class="widget-body">'
        f'<h3 class="widget-title">{title}</h3>{content}</div></div>'
    )


def _left_zone() -> str:
    terms = "".join(
        f'<li><a href="/danh-muc/{t}">{name}</a> <span class="badge">({len(in_term(t))})</span></li>'
        for t, name in TERMS.items()
    )
    docs = "".join(
        f'<li><a href="{d.path}">{esc(d.number)}</a><p class="small">{esc(d.abstract)}</p></li>'
        for d in DOCS
    )
    return (
        '<aside class="col-lg-3 zone zone-sidebar-left">'
        + _widget("taxonomy-menu", "Danh mục", f'<ul class="term-menu">{terms}</ul>')
        + _widget(
            "van-ban",
            "Văn bản điều hành",
            f'<ul class="doc-list">{docs}</ul><a class="more" href="/van-ban">Xem tất cả »</a>',
        )
        + _widget(
            "banner",
            "Liên kết",
            '<a href="https://moet.gov.vn" target="_blank"><img src="/media/banner/bo-gddt.png"'
            ' alt="Bộ Giáo dục và Đào tạo"></a><a href="https://langson.gov.vn" target="_blank">'
            '<img src="/media/banner/cong-ttdt-tinh.png" alt="Cổng TTĐT tỉnh"></a>',
        )
        + "</aside>"
    )


def _right_zone() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a>'
        f' <span class="date">{_dmy(s.opts["when"])}</span></li>'
        for s in _LATEST[:5]
    )
    counter = (
        '<ul class="counter"><li>Đang truy cập: <b>27</b></li><li>Hôm nay: <b>1.284</b></li>'
        "<li>Tháng này: <b>38.602</b></li><li>Tổng lượt truy cập: <b>2.915.447</b></li></ul>"
    )
    return (
        '<aside class="col-lg-3 zone zone-sidebar-right">'
        + _widget("recent-posts", "Tin mới", f'<ul class="recent">{latest}</ul>')
        + _widget("visit-counter", "Thống kê truy cập", counter)
        + "</aside>"
    )


def _footer() -> str:
    return (
        '<footer class="site-footer"><div class="container"><div class="row">'
        '<div class="col-md-8"><p class="org">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠNG SƠN</p>'
        "<p>Địa chỉ: Số 125 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn</p>"
        "<p>Điện thoại: 0205 3812 345 - Đường dây nóng: 0205 3876 543 - Email:"
        ' <a href="mailto:sgddt@langson.gov.vn">sgddt@langson.gov.vn</a></p>'
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Lăng Văn Bình</p></div>"
        '<div class="col-md-4"><p>Giấy phép số 08/GP-TTĐT do Sở TT&amp;TT cấp ngày 12/3/2021</p>'
        '<p class="copyright">© 2026 Sở GD&amp;ĐT Lạng Sơn. Thiết kế bởi <a href="https://'
        'vietsoft-edu.vn" target="_blank">VietSoft Edu</a> | Powered by Orchard Core</p></div>'
        "</div></div></footer>"
    )


def _layout(
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]] | None,
    head: str = "",
    body_class: str = "",
    right: bool = True,
) -> str:
    trail = _crumbs(crumbs) if crumbs else ""
    width = "col-lg-6" if right else "col-lg-9"
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />\n'
        f"<title>{esc(title)} - {SITE}</title>\n"
        '<meta name="generator" content="Orchard" />\n'
        f"{head}"
        '<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss?contentItemId='
        f'{content_id("blog-tin-tuc")}" />\n'
        '<link type="text/css" rel="stylesheet" href="/OrchardCore.Resources/Styles/bootstrap.min.css" />\n'
        f'<link type="text/css" rel="stylesheet" href="{THEME}/css/sgd.min.css" />\n'
        "</head>\n"
        f'<body dir="ltr" class="{body_class}">\n'
        f"{_header()}{_menu()}"
        '<div class="container main-container"><div class="row">'
        f"{_left_zone()}"
        f'<main class="{width} zone zone-content">{trail}{main}</main>'
        f"{_right_zone() if right else ''}"
        "</div></div>"
        f"{_footer()}"
        '<script src="/OrchardCore.Resources/Scripts/jquery.min.js"></script>'
        f'<script src="{THEME}/js/sgd.min.js"></script>'
        "</body>\n</html>\n"
    )  # fmt: skip


# --- listings -------------------------------------------------------------------------------


def _summary_item(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(lead) > 180:
        lead = lead[:180].rsplit(" ", 1)[0] + "…"
    thumb = next((i.src for i in s.images), None)
    pic = (
        f'<a class="post-thumb" href="{article_path(s)}"><img src="{esc(thumb)}" alt=""></a>'
        if thumb
        else ""
    )
    return (
        f'<div class="post-preview">{pic}<a href="{article_path(s)}">'
        f'<h2 class="post-title">{esc(s.title)}</h2></a>'
        f'<p class="post-excerpt">{_t(lead, s)}</p>'
        f'<p class="post-meta">Đăng ngày {_dmy(s.opts["when"])} bởi'
        f' <a href="/tac-gia/{s.opts["owner"]}">{OWNERS[s.opts["owner"]]}</a></p></div>'
        '<hr class="post-sep">'
    )


def _pagenum(params: dict[str, str]) -> int:
    try:
        n = int(params.get("pagenum", "1"))
    except ValueError:
        return 1
    return n if n >= 1 else 1


def _num_pager(path: str, page: int, pages: int, extra: str = "") -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        q = "&".join(x for x in (extra, f"pagenum={n}" if n > 1 else "") if x)
        return path + (f"?{q}" if q else "")

    items = []
    if page > 1:
        items.append(
            f'<li class="page-item first"><a class="page-link" href="{href(1)}">« Đầu</a></li>'
        )
        items.append(
            f'<li class="page-item previous"><a class="page-link" href="{href(min(page - 1, pages))}">‹ Trước</a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(n)}">{n}</a></li>'
            )
    if page < pages:
        items.append(
            f'<li class="page-item next"><a class="page-link" href="{href(page + 1)}">Sau ›</a></li>'
        )
        items.append(
            f'<li class="page-item last"><a class="page-link" href="{href(pages)}">Cuối »</a></li>'
        )
    return f'<nav class="pager-nav"><ul class="pagination pager">{"".join(items)}</ul></nav>'  # fmt: skip


def _numbered(path: str, title: str, stories: list[Story], params: dict[str, str], per: int,
              crumbs: list[tuple[str, str | None]], intro: str = "") -> str:  # fmt: skip
    page = _pagenum(params)
    pages = _pages(len(stories), per)
    shown = stories[(page - 1) * per : page * per]
    items = "".join(_summary_item(s) for s in shown) or (
        '<p class="alert alert-info">Không có bài viết nào.</p>'
    )
    main = (
        f'<section class="list-page"><h1 class="page-heading">{esc(title)}</h1>{intro}'
        f'<div class="list-items">{items}</div>{_num_pager(path, page, pages)}</section>'
    )
    return _layout(title, main, crumbs, body_class="list")


def _parse_cursor(value: str) -> datetime | None:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d{1,7})?Z", value.strip())
    if not m:
        return None
    try:
        return datetime(*(int(x) for x in m.groups())) + timedelta(hours=7)
    except ValueError:
        return None


def _notices(params: dict[str, str]) -> str:
    """The "Thông báo" blog with Orchard's slim pager (cursor = CreatedUtc)."""
    items = in_blog("thong-bao")
    before = _parse_cursor(params.get("before", ""))
    after = _parse_cursor(params.get("after", ""))
    older = newer = None
    if before is not None:
        rest = [s for s in items if s.opts["when"] < before]
        shown = rest[:NOTICE_PER_PAGE]
        if shown:
            newer = shown[0]
            older = shown[-1] if len(rest) > NOTICE_PER_PAGE else None
    elif after is not None:
        rest = [s for s in items if s.opts["when"] > after]
        shown = rest[-NOTICE_PER_PAGE:]
        if shown:
            older = shown[-1] if items.index(shown[-1]) < len(items) - 1 else None
            newer = shown[0] if len(rest) > NOTICE_PER_PAGE else None
    else:
        shown = items[:NOTICE_PER_PAGE]
        older = shown[-1] if len(items) > NOTICE_PER_PAGE else None
    links = []
    if newer is not None:
        links.append(
            f'<li class="previous"><a href="/thong-bao?after={cursor_q(newer)}">‹ Bài mới hơn</a></li>'
        )
    if older is not None:
        links.append(
            f'<li class="next"><a href="/thong-bao?before={cursor_q(older)}">Bài cũ hơn ›</a></li>'
        )
    pager = f'<ul class="pager pager-slim">{"".join(links)}</ul>' if links else ""
    body = "".join(_summary_item(s) for s in shown) or (
        '<p class="alert alert-info">Chưa có thông báo nào.</p>'
    )
    main = (
        '<section class="list-page blog blog-thong-bao"><h1 class="page-heading">Thông báo</h1>'
        '<p class="blog-description">Thông báo, thông tin chỉ đạo của Sở Giáo dục và Đào tạo</p>'
        f'<div class="list-items">{body}</div>{pager}</section>'
    )
    return _layout("Thông báo", main, [("Trang chủ", "/"), ("Thông báo", None)], body_class="blog")


def _front() -> str:
    featured = [s for s in _LATEST if s.opts.get("featured")]
    hot = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}">'
        f'<a href="{display_path(s)}"><img src="{esc(s.images[0].src)}" alt="">'
        f'<div class="carousel-caption"><h4>{esc(s.title)}</h4></div></a></div>'
        for i, s in enumerate(featured)
    )
    news = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">'
        f"({_dmy(s.opts['when'])})</span></li>"
        for s in in_blog("tin-tuc")[:5]
    )
    notices = "".join(
        f'<li><i class="fa fa-bell-o"></i> <a href="{article_path(s)}">{esc(s.title)}</a></li>'
        for s in _NOTICES
    )
    gallery = "".join(
        f'<a class="album" href="/thu-vien-anh/{g}"><img src="{esc(imgs[0][0])}" alt="">'
        f"<span>{esc(t)}</span></a>"
        for g, (t, imgs) in GALLERIES.items()
    )
    main = (
        '<div class="flow">'
        '<div class="widget widget-flow-item widget-tin-noi-bat"><h3 class="widget-title">Tin nổi bật'
        f'</h3><div id="hot" class="carousel slide" data-ride="carousel"><div class="carousel-inner">'
        f"{hot}</div></div></div>"
        '<div class="widget widget-flow-item widget-tin-tuc"><h3 class="widget-title">'
        f'<a href="/tin-tuc">Tin tức - Sự kiện</a></h3><ul class="news-list">{news}</ul>'
        '<a class="more" href="/tin-tuc">Xem thêm »</a></div>'
        '<div class="widget widget-flow-item widget-thong-bao"><h3 class="widget-title">'
        f'<a href="/thong-bao">Thông báo</a></h3><ul class="notice-list">{notices}</ul></div>'
        '<div class="widget widget-flow-item widget-gallery"><h3 class="widget-title">'
        f'<a href="/thu-vien-anh">Thư viện ảnh</a></h3><div class="albums">{gallery}</div></div>'
        "</div>"
    )
    return _layout(SITE, main, None, body_class="home")


# --- other pages ----------------------------------------------------------------------------


def _intro() -> str:
    main = (
        '<article class="content-item page"><header><h1 class="page-heading">Giới thiệu</h1></header>'
        '<div class="flow">'
        '<div class="widget widget-flow-item widget-html-widget"><p>Sở Giáo dục và Đào tạo tỉnh'
        " Lạng Sơn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp UBND tỉnh"
        " quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p><p>Toàn ngành hiện có"
        " 612 cơ sở giáo dục với hơn 210.000 học sinh, trẻ em và gần 15.000 cán bộ, giáo viên,"
        " nhân viên.</p></div>"
        '<div class="widget widget-flow-item widget-lanh-dao"><h3>Lãnh đạo Sở</h3><ul>'
        "<li>Giám đốc: Lăng Văn Bình</li><li>Phó Giám đốc: Nguyễn Văn Lâm</li>"
        "<li>Phó Giám đốc: Hoàng Thị Mai</li></ul></div>"
        '<div class="widget widget-flow-item widget-html-widget"><h3>Các phòng chuyên môn</h3>'
        "<p>Văn phòng; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ; Phòng Giáo dục mầm non -"
        " Tiểu học; Phòng Giáo dục trung học; Phòng Quản lý chất lượng; Thanh tra Sở.</p></div>"
        "</div></article>"
    )
    return _layout(
        "Giới thiệu", main, [("Trang chủ", "/"), ("Giới thiệu", None)], body_class="page"
    )


def _contact(sent: bool) -> str:
    token = hashlib.sha256(b"lien-he-token").hexdigest()
    done = '<div class="alert alert-success">Cảm ơn bạn đã gửi ý kiến.</div>' if sent else ""
    main = (
        '<article class="content-item page"><h1 class="page-heading">Liên hệ</h1>'
        "<p>Văn phòng Sở Giáo dục và Đào tạo tỉnh Lạng Sơn - Số 125 đường Lê Lợi, phường Lương Văn"
        " Tri, tỉnh Lạng Sơn. Điện thoại: 0205 3812 345.</p>"
        f'{done}<div class="widget widget-form"><form action="/lien-he" method="post">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{token}">'
        '<div class="form-group"><label>Họ và tên</label><input class="form-control" name="HoTen"></div>'
        '<div class="form-group"><label>Email</label><input class="form-control" name="Email"></div>'
        '<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="NoiDung">'
        '</textarea></div><button class="btn btn-primary" type="submit">Gửi liên hệ</button></form></div>'
        "</article>"
    )  # fmt: skip
    return _layout("Liên hệ", main, [("Trang chủ", "/"), ("Liên hệ", None)], body_class="page")


def _doc_list() -> str:
    rows = "".join(
        f'<tr><td><a href="{d.path}">{esc(d.number)}</a></td><td>{_dmy(d.issued)}</td>'
        f"<td>{esc(d.abstract)}</td></tr>"
        for d in sorted(DOCS, key=lambda d: d.issued, reverse=True)
    )
    main = (
        '<section class="list-page"><h1 class="page-heading">Văn bản điều hành</h1>'
        '<table class="table table-striped"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )
    return _layout("Văn bản", main, [("Trang chủ", "/"), ("Văn bản", None)], body_class="list")


def _doc(d: Doc, base: str) -> str:
    main = (
        f'<article class="content-item vanban"><h1 class="page-heading">{esc(d.abstract)}</h1>'
        '<table class="table table-bordered doc-fields"><tbody>'
        f"<tr><th>Số ký hiệu</th><td>{esc(d.number)}</td></tr>"
        f"<tr><th>Ngày ban hành</th><td>{_dmy(d.issued)}</td></tr>"
        f"<tr><th>Trích yếu</th><td>{esc(d.abstract)}</td></tr>"
        f"<tr><th>Người ký</th><td>{esc(d.signer)}</td></tr>"
        f'<tr><th>Tệp đính kèm</th><td><a href="{d.file}"><i class="fa fa-download"></i>'
        f" {d.file.rsplit('/', 1)[1]}</a></td></tr></tbody></table></article>"
    )
    head = f'<link rel="canonical" href="{base}{d.path}" />\n'
    return _layout(d.abstract, main, [("Trang chủ", "/"), ("Văn bản", "/van-ban"),
                                      (d.number, None)], head, "vanban")  # fmt: skip


def _galleries() -> str:
    items = "".join(
        f'<div class="col-md-6 album"><a href="/thu-vien-anh/{g}"><img src="{esc(imgs[0][0])}"'
        f' alt=""><h4>{esc(t)}</h4></a><span>{len(imgs)} ảnh</span></div>'
        for g, (t, imgs) in GALLERIES.items()
    )
    main = f'<section class="list-page"><h1 class="page-heading">Thư viện ảnh</h1><div class="row">{items}</div></section>'
    return _layout("Thư viện ảnh", main, [("Trang chủ", "/"), ("Thư viện ảnh", None)],
                   body_class="list")  # fmt: skip


def _gallery(slug: str) -> str:
    title, imgs = GALLERIES[slug]
    items = "".join(
        f'<div class="col-md-4 gallery-item"><a href="{esc(src)}" data-lightbox="g">'
        f'<img src="{esc(src)}" alt="{esc(cap)}"></a><p class="gallery-caption">{esc(cap)}</p></div>'
        for src, cap in imgs
    )
    main = (
        f'<article class="content-item gallery"><h1 class="page-heading">{esc(title)}</h1>'
        f'<div class="row gallery-grid">{items}</div></article>'
    )
    return _layout(title, main, [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"),
                                 (title, None)], body_class="gallery")  # fmt: skip


def _login() -> str:
    token = hashlib.sha256(b"login-token").hexdigest()
    main = (
        '<section class="login"><h1 class="page-heading">Đăng nhập</h1>'
        '<form action="/Login" method="post" class="form-login">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{token}">'
        '<div class="form-group"><label>Tên đăng nhập</label><input class="form-control" name="UserName"></div>'
        '<div class="form-group"><label>Mật khẩu</label><input class="form-control" type="password" name="Password"></div>'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button>'
        '</form></section>'
    )  # fmt: skip
    return _layout("Đăng nhập", main, [("Trang chủ", "/"), ("Đăng nhập", None)], right=False)


def _search(params: dict[str, str]) -> str:
    terms = params.get("Terms", "").strip()
    found = [s for s in _LATEST if terms and terms.lower() in s.title.lower()] if terms else []
    intro = (
        '<form action="/search" method="get" class="search-page-form">'
        f'<input class="form-control" name="Terms" value="{esc(terms)}">'
        '<button class="btn btn-primary" type="submit">Tìm kiếm</button></form>'
    )
    if terms and not found:
        intro += '<p class="alert alert-warning">Không tìm thấy kết quả phù hợp.</p>'
    page = _pagenum(params)
    shown = found[(page - 1) * 10 : page * 10]
    extra = "Terms=" + quote(terms, safe="")
    main = (
        f'<section class="search-results"><h1 class="page-heading">Tìm kiếm</h1>{intro}'
        f'<div class="list-items">{"".join(_summary_item(s) for s in shown)}</div>'
        f"{_num_pager('/search', page, _pages(len(found), 10), extra)}</section>"
    )
    return _layout("Tìm kiếm", main, [("Trang chủ", "/"), ("Tìm kiếm", None)], body_class="search")


def _rss(base: str, blog: str) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(s.summary or '')}</description>"
        f"<pubDate>{s.opts['when'] - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT</pubDate>"
        f'<guid isPermaLink="false">{content_id(f"post-{s.id}")}</guid></item>'
        for s in in_blog(blog)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{BLOGS[blog]}</title><link>{base}/{blog}</link>"
        f"<description>{esc(SITE)}</description>{items}</channel></rss>"
    )


def _sitemap(base: str) -> str:
    urls = [article_path(s) for s in _LATEST] + ["/gioi-thieu", "/lien-he"]
    urls += [d.path for d in DOCS]
    body = "".join(f"<url><loc>{base}{u}</loc></url>" for u in urls)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    )


_BLOG_FEEDS = {content_id(f"blog-{b}"): b for b in BLOGS}


class OrchardCoreSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = "http://" + request.headers.get("Host", "127.0.0.1")
        if path.endswith(".pdf"):
            if path in ATTACHMENTS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/media/", THEME + "/", "/OrchardCore.Resources/")):
            return static_file(path)
        if path == "/":
            return html(_front())
        if path == "/tin-tuc":
            return html(_numbered(path, "Tin tức", in_blog("tin-tuc"), params, NEWS_PER_PAGE,
                                  [("Trang chủ", "/"), ("Tin tức", None)]))  # fmt: skip
        if path == "/thong-bao":
            return html(_notices(params))
        if m := re.fullmatch(r"/(tin-tuc|thong-bao)/([a-z0-9-]+)", path):
            s = _BY_SLUG.get((m.group(1), m.group(2)))
            return html(_article(s, base)) if s else None
        if m := re.fullmatch(r"/Contents/ContentItems/([a-z0-9]{26})", path):
            s = _BY_CID.get(m.group(1))
            return html(_article(s, base)) if s else None
        if m := re.fullmatch(r"/danh-muc/([a-z-]+)", path):
            t = m.group(1)
            if t not in TERMS:
                return None
            return html(_numbered(path, TERMS[t], in_term(t), params, TERM_PER_PAGE,
                                  [("Trang chủ", "/"), ("Danh mục", None), (TERMS[t], None)]))  # fmt: skip
        if m := re.fullmatch(r"/tags/([a-z0-9-]+)", path):
            t = m.group(1)
            if t not in TAGS:
                return None
            tagged = [s for s in _LATEST if t in s.opts.get("tags", [])]
            return html(_numbered(path, f"Từ khóa: {TAGS[t]}", tagged, params, 10,
                                  [("Trang chủ", "/"), (TAGS[t], None)]))  # fmt: skip
        if m := re.fullmatch(r"/tac-gia/([a-z-]+)", path):
            o = m.group(1)
            owned = [s for s in _LATEST if s.opts["owner"] == o]
            if not owned:
                return None
            return html(_numbered(path, f"Bài viết của {OWNERS[o]}", owned, params, 10,
                                  [("Trang chủ", "/"), (OWNERS[o], None)]))  # fmt: skip
        if path == "/gioi-thieu":
            return html(_intro())
        if path == "/lien-he":
            return html(_contact(request.method == "POST"))
        if path == "/van-ban":
            return html(_doc_list())
        if path in _DOCS:
            return html(_doc(_DOCS[path], base))
        if path == "/thu-vien-anh":
            return html(_galleries())
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)", path):
            return html(_gallery(m.group(1))) if m.group(1) in GALLERIES else None
        if path == "/Login":
            return html(_login())
        if path == "/search":
            return html(_search(params))
        if path == "/rss":
            blog = _BLOG_FEEDS.get(params.get("contentItemId", ""))
            if blog is None:
                return None
            return Response(
                200, _rss(base, blog), {"Content-Type": "application/rss+xml; charset=utf-8"}
            )
        if path == "/sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "application/xml; charset=utf-8"})
        if path == "/robots.txt":
            return Response(200, f"User-agent: *\nDisallow: /Login\nDisallow: /search\nSitemap: {base}/sitemap.xml\n",
                            {"Content-Type": "text/plain"})  # fmt: skip
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> OrchardCoreSite:
    return OrchardCoreSite()
